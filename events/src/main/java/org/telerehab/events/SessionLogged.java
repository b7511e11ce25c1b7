package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * progress-service (added in 1.1): the patient logged an exercise session. Ids only: what was done, the pain and the
 * effort stay in progress-service. engagement-service counts from it when nothing has been logged for a while.
 *
 * @param sessionId the logged session
 */
@EventType(SessionLogged.TYPE)
public record SessionLogged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID sessionId) implements PatientEvent {

    public static final String TYPE = "SessionLogged";

    @Override
    public String topic() {
        return Topics.PROGRESS_ACTIVITY;
    }
}
