package org.telerehab.program.rest;

import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.program.domain.OpenAlert;
import org.telerehab.program.service.WorklistService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One patient on the therapist's worklist.
 *
 * @param disposition  the latest screening's; what ranks and blocks is {@code openRedFlags}
 * @param openRedFlags the patient's OPEN red-flag reports, oldest first (empty once cleared)
 */
public record WorklistDto(UUID patientId, UUID screeningId, Disposition disposition, List<Region> painTypes,
                          RiskLevel risk, int baselinePain, Instant submittedAt, WorklistService.Status status,
                          UUID therapistId, List<Alert> openAlerts, List<RedFlagDto.Report> openRedFlags) {

    public record Alert(UUID id, UUID patientId, AlertType type, Instant raisedAt) {

        static Alert of(OpenAlert a) {
            return new Alert(a.alertId, a.patientId, a.type, a.raisedAt);
        }
    }

    static WorklistDto of(WorklistService.Entry e) {
        var t = e.triage();
        return new WorklistDto(t.patientId, t.screeningId, t.disposition, t.painTypes, t.risk, t.baselinePain,
                t.submittedAt, e.status(), e.therapistId(), e.openAlerts().stream().map(Alert::of).toList(),
                e.openRedFlags().stream().map(RedFlagDto.Report::of).toList());
    }
}
