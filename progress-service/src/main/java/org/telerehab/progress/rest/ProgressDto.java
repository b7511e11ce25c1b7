package org.telerehab.progress.rest;

import org.telerehab.events.codes.AlertType;
import org.telerehab.progress.domain.Alert;
import org.telerehab.progress.service.ProgressService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's progress, and the alert shape shared with the caseload. */
public record ProgressDto(UUID patientId, Integer baselinePain, Integer latestPain, Double averagePain7d,
                          Double painChange, boolean mcidReached, Double adherence7d, Double adherence28d,
                          long sessionsLogged, Instant lastSessionAt, String planStatus, List<AlertDto> openAlerts) {

    public record AlertDto(UUID id, UUID patientId, AlertType type, Instant raisedAt, String detail) {
        static AlertDto of(Alert a) {
            return new AlertDto(a.id, a.patientId, a.type, a.raisedAt, a.detail);
        }
    }

    static ProgressDto of(ProgressService.PatientView p) {
        var f = p.figures();
        return new ProgressDto(p.patientId(), f.baselinePain(), f.latestPain(), f.averagePain7d(), f.painChange(),
                f.mcidReached(), f.adherence7d(), f.adherence28d(), f.sessionsLogged(), f.lastSessionAt(),
                p.planStatus(), p.openAlerts().stream().map(AlertDto::of).toList());
    }
}
