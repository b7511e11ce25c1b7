package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/** program-service: the caring therapist recorded that a physician cleared the patient's red flags. */
@EventType(ClearanceRecorded.TYPE)
public record ClearanceRecorded(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID therapistId,
        UUID screeningId) implements TelerehabEvent {

    public static final String TYPE = "ClearanceRecorded";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
