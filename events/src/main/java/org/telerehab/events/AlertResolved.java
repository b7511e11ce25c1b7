package org.telerehab.events;

import org.telerehab.events.codes.AlertType;

import java.time.Instant;
import java.util.UUID;

/** progress-service: the caring therapist resolved an alert. */
@EventType(AlertResolved.TYPE)
public record AlertResolved(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID alertId,
        AlertType alertType,
        UUID resolvedBy) implements PatientEvent {

    public static final String TYPE = "AlertResolved";

    @Override
    public String topic() {
        return Topics.PROGRESS_ALERTS;
    }
}
