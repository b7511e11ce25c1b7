package org.telerehab.events.codes;

/** The alerts a therapist sees. New types are added at the end; readers must tolerate ones they do not know. */
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
    SAFETY_REVIEW
}
