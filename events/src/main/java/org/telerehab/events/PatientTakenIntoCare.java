package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/** program-service: a therapist took a patient into their care; other services derive access rules from it. */
@EventType(PatientTakenIntoCare.TYPE)
public record PatientTakenIntoCare(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID therapistId) implements PatientEvent {

    public static final String TYPE = "PatientTakenIntoCare";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
