package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * registry-service: a patient was invited and has an account (its id is the patient's id everywhere). Carries the
 * patient's preferences for the days and words of every other service, never a name, birth date, email or phone.
 *
 * @param locale    {@code en}, {@code es}, {@code fr} or {@code ar}
 * @param timeZone  an IANA zone, e.g. {@code America/Los_Angeles}: the patient's days
 * @param invitedBy the therapist who invited the patient and takes them into care; null when an admin invited
 */
@EventType(PatientEnrolled.TYPE)
public record PatientEnrolled(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        String locale,
        String timeZone,
        UUID invitedBy) implements PatientEvent {

    public static final String TYPE = "PatientEnrolled";

    @Override
    public String topic() {
        return Topics.REGISTRY_PATIENTS;
    }
}
