package org.telerehab.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * program-service: a re-screen changed the patient's pain types and the running plan now raises safety warnings
 * that nobody acknowledged; progress-service opens a SAFETY_REVIEW alert for the caring therapist.
 */
@EventType(SafetyReviewRequired.TYPE)
public record SafetyReviewRequired(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID planId,
        UUID screeningId,
        List<Warning> warnings) implements PatientEvent {

    public static final String TYPE = "SafetyReviewRequired";

    /** A warning code of the plan safety check and the exercise it names. */
    public record Warning(String code, UUID exerciseId) {
    }

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
