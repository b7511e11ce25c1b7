package org.telerehab.events.codes;

public enum Disposition {
    EMERGENCY_REFERRAL, PHYSICIAN_REVIEW, READY_FOR_PROGRAM;

    /** A red-flag disposition blocks plan assignment until a clinician records a clearance. */
    public boolean blocksPlanAssignment() {
        return this != READY_FOR_PROGRAM;
    }
}
