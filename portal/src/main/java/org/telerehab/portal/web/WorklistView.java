package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.web.StaffCodes.CareStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The therapist's triage worklist, most urgent first (program-service's order).
 *
 * @param released    the therapist just released a patient to the triage pool
 * @param transferred the therapist just handed a patient over to a colleague
 */
@TemplateData
public record WorklistView(List<Entry> entries, boolean released, boolean transferred, Api.Problem problem) {

    /**
     * One screened patient.
     *
     * @param urgency emergency, review, alert, or the risk (high, medium, low): the card's style
     * @param mine    in this therapist's care
     * @param isNew   in nobody's care: a patient with an open red flag is BLOCKED, and must still be taken into care
     */
    @TemplateData
    public record Entry(String patientId, String who, CareStatus status, String urgency, RiskLevel risk,
                        Disposition disposition, List<Region> painTypes, List<AlertType> alerts, Object baselinePain,
                        Instant submittedAt, List<RedFlagView> redFlags, boolean mine, boolean isNew) {

        static Entry of(Map<String, Object> e, String who, UUID me) {
            List<RedFlagView> redFlags = RedFlagView.all(e.get("openRedFlags"), me);
            List<Object> alertTypes = new ArrayList<>();
            TherapistPatientView.maps(e.get("openAlerts")).forEach(a -> alertTypes.add(a.get("type")));
            return new Entry(String.valueOf(e.get("patientId")), who,
                    StaffCodes.code(CareStatus.class, e.get("status")),
                    Clinical.urgency(e), StaffCodes.code(RiskLevel.class, e.get("risk")),
                    StaffCodes.code(Disposition.class, e.get("disposition")),
                    StaffCodes.codes(Region.class, e.get("painTypes")), StaffCodes.codes(AlertType.class, alertTypes),
                    e.get("baselinePain"), Clinical.instant(e.get("submittedAt")), redFlags,
                    me.toString().equals(String.valueOf(e.get("therapistId"))), e.get("therapistId") == null);
        }

        /** An emergency red flag of this patient waited for a clinician and went to the clinic's admins. */
        public boolean escalated() {
            return redFlags.stream().anyMatch(r -> r.escalatedAt() != null);
        }

        /** In nobody's care though not new (released, or blocked by a red flag): said beside the status. */
        public boolean inNobodysCare() {
            return isNew && status != CareStatus.NEW;
        }
    }
}
