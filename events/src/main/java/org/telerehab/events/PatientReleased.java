package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * program-service: the patient is back in nobody's care (released by their therapist or an admin); the former
 * therapist loses access in every service. A transfer is a {@link PatientTakenIntoCare} of the new therapist instead.
 *
 * @param therapistId the therapist who cared for the patient until now
 */
@EventType(PatientReleased.TYPE)
public record PatientReleased(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID therapistId) implements PatientEvent {

    public static final String TYPE = "PatientReleased";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
