package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * registry-service: an admin closed a therapist's account (they left the clinic). program-service releases every
 * patient in their care, so that nobody's red flags wait for a clinician who will not come; each release is a
 * {@link PatientReleased} of its own.
 */
@EventType(TherapistDisabled.TYPE)
public record TherapistDisabled(
        UUID eventId,
        Instant occurredAt,
        UUID therapistId) implements TelerehabEvent {

    public static final String TYPE = "TherapistDisabled";

    @Override
    public UUID key() {
        return therapistId;
    }

    @Override
    public String topic() {
        return Topics.REGISTRY_THERAPISTS;
    }
}
