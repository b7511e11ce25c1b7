package org.telerehab.events.codes;

/**
 * The alerts a therapist sees. New types are only added. A reader that does not know a type dead-letters the event
 * (EventCodec refuses unknown codes), so consumers are upgraded before the producer that starts sending a new one.
 */
public enum AlertType {
    FLARE,
    TOO_HARD,
    /** An emergency red flag reported at a check-in: the plan is paused. */
    RED_FLAG_SYMPTOM,
    DISENGAGED,
    READY_TO_PROGRESS,
    /** Added in 1.1: a review red flag reported at a check-in; the plan continues, new plans wait for a clearance. */
    REVIEW_FLAG_SYMPTOM,
    /** Added in 1.1: a re-screen changed the pain types and the running plan now raises a safety warning. */
    SAFETY_REVIEW,
    /** Added in 1.1: pain rose by 2 or more during a session (S7: if it hurts more, back off). */
    PAIN_AFTER_SESSION,
    /** Added in 1.1: four weeks of consistent practice and pain has not improved by a point (S3). */
    NOT_IMPROVING
}
