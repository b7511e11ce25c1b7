package org.telerehab.events;

import org.telerehab.events.codes.AlertType;

import java.time.Instant;
import java.util.UUID;

/**
 * program-service: the active plan was paused because the patient reported an emergency red flag.
 *
 * @param reason          RED_FLAG_SYMPTOM
 * @param alertId         null since 1.1 (a pause follows the red-flag report, not the alert)
 * @param redFlagReportId the report that paused the plan (added in 1.1)
 */
@EventType(PlanPaused.TYPE)
public record PlanPaused(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID planId,
        AlertType reason,
        UUID alertId,
        UUID redFlagReportId) implements PatientEvent {

    public static final String TYPE = "PlanPaused";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
