package org.telerehab.program.domain;

/**
 * The safety warnings of the plan-assignment contract. A therapist acknowledges a warning for the exercise it
 * names ({@code items[].acknowledgedWarnings}), or for every item at once (top-level {@code acknowledgedWarnings});
 * an unacknowledged one blocks the assignment.
 */
public enum WarningCode {
    /** A LUMBAR_FLEXION exercise for a patient whose pain types include SCIATIC (DOMAIN S9 vs S10). */
    FLEXION_WITH_SCIATIC,
    /** A LUMBAR_FLEXION item not kept at least 60 minutes away from waking (DOMAIN S6 vs S10). */
    MORNING_FLEXION,
    /** An item whose intensity cap is above 7/10 (DOMAIN S7). */
    INTENSITY_OVER_CAP,
    /**
     * A flexion stretch (tagged LUMBAR_FLEXION and STRETCH: knee-to-chest, happy baby, child's pose, seated forward
     * fold) for a patient whose pain types include LUMBAR or SCIATIC (DOMAIN S9 vs S10, for every back-pain patient).
     */
    FLEXION_STRETCH_FOR_BACK_PAIN,
    /** An END_RANGE exercise (pigeon, lizard) for a SCIATIC patient (DOMAIN S9: more range can raise future risk). */
    END_RANGE_WITH_SCIATIC
}
