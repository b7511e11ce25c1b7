package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * progress-service (added in 1.1): the patient logged a daily check-in. Ids only: the readings and any red flag stay
 * in progress-service (a red flag has its own event, {@link RedFlagReported}).
 *
 * @param checkInId the logged check-in
 */
@EventType(CheckInLogged.TYPE)
public record CheckInLogged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID checkInId) implements PatientEvent {

    public static final String TYPE = "CheckInLogged";

    @Override
    public String topic() {
        return Topics.PROGRESS_ACTIVITY;
    }
}
