package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * registry-service: the patient's language or time zone changed (the latest event holds both, whichever changed).
 *
 * @param locale   {@code en}, {@code es}, {@code fr} or {@code ar}
 * @param timeZone an IANA zone
 */
@EventType(PatientPreferencesChanged.TYPE)
public record PatientPreferencesChanged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        String locale,
        String timeZone) implements PatientEvent {

    public static final String TYPE = "PatientPreferencesChanged";

    @Override
    public String topic() {
        return Topics.REGISTRY_PATIENTS;
    }
}
