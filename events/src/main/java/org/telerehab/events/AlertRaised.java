package org.telerehab.events;

import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** progress-service: an alert opened for the caring therapist. {@code redFlags} lists codes for RED_FLAG_SYMPTOM. */
@EventType(AlertRaised.TYPE)
public record AlertRaised(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID alertId,
        AlertType alertType,
        List<RedFlag> redFlags) implements PatientEvent {

    public static final String TYPE = "AlertRaised";

    @Override
    public String topic() {
        return Topics.PROGRESS_ALERTS;
    }
}
