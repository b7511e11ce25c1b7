package org.telerehab.events;

import org.telerehab.events.codes.AlertType;

import java.time.Instant;
import java.util.UUID;

/** program-service: the active plan was paused, e.g. by a RED_FLAG_SYMPTOM alert. */
@EventType(PlanPaused.TYPE)
public record PlanPaused(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID planId,
        AlertType reason,
        UUID alertId) implements TelerehabEvent {

    public static final String TYPE = "PlanPaused";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
