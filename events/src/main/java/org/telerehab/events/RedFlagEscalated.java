package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * program-service: an emergency red-flag report stayed open, with no clinician acting on it, longer than the
 * clinic's escalation time; the clinic's admins are told.
 *
 * @param therapistId the caring therapist, or null when the patient is in nobody's care
 */
@EventType(RedFlagEscalated.TYPE)
public record RedFlagEscalated(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID reportId,
        UUID therapistId,
        Instant reportedAt) implements PatientEvent {

    public static final String TYPE = "RedFlagEscalated";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
