package org.telerehab.program.domain;

/**
 * The safety warnings of the plan-assignment contract. A therapist acknowledges a warning per code
 * ({@code acknowledgedWarnings: [code]}); an unacknowledged one blocks the assignment.
 */
public enum WarningCode {
    /** A LUMBAR_FLEXION exercise for a patient whose pain types include SCIATIC (DOMAIN S9 vs S10). */
    FLEXION_WITH_SCIATIC,
    /** A LUMBAR_FLEXION item not kept at least 60 minutes away from waking (DOMAIN S6 vs S10). */
    MORNING_FLEXION,
    /** An item whose intensity cap is above 7/10 (DOMAIN S7). */
    INTENSITY_OVER_CAP
}
