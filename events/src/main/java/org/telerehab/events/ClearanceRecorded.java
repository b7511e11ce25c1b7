package org.telerehab.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * program-service: the caring therapist recorded that a physician cleared the patient's red flags.
 *
 * @param screeningId the patient's latest screening when the clearance was recorded
 * @param reportIds   the red-flag reports this clearance closed (added in 1.1; empty from older producers)
 */
@EventType(ClearanceRecorded.TYPE)
public record ClearanceRecorded(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID therapistId,
        UUID screeningId,
        List<UUID> reportIds) implements PatientEvent {

    public static final String TYPE = "ClearanceRecorded";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
