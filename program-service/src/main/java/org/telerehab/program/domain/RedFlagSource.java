package org.telerehab.program.domain;

/** Where a red-flag report came from. */
public enum RedFlagSource {
    /** A screening or re-screen in intake-service. */
    SCREENING,
    /** A daily check-in in progress-service. */
    CHECK_IN
}
