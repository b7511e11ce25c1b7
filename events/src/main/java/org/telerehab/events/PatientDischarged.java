package org.telerehab.events;

import java.time.Instant;
import java.util.UUID;

/**
 * program-service: the caring therapist discharged the patient; the episode of care has ended and its plan is
 * {@code COMPLETED} (no more sessions on it). The patient stays in the therapist's care, so the record can still be
 * read; a later screening starts a new episode. The reason stays in program-service: events carry no free text.
 *
 * @param therapistId the therapist who discharged the patient
 * @param planId      the plan that was completed, or null when the patient had none
 */
@EventType(PatientDischarged.TYPE)
public record PatientDischarged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID therapistId,
        UUID planId) implements PatientEvent {

    public static final String TYPE = "PatientDischarged";

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
