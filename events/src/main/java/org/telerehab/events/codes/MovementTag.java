package org.telerehab.events.codes;

public enum MovementTag {
    LUMBAR_FLEXION, LUMBAR_EXTENSION, ROTATION, END_RANGE, LOADED, HIP_HINGE, CORE_ENDURANCE, STRETCH,
    // added in 1.1 for the exercises none of the above described (additive: no rule reads them)
    /** Posture and shoulder-blade or deep-neck control (wall angels, chin tucks). */
    POSTURE_CONTROL,
    /** Moving a nerve through its range without stretching it (sciatic nerve glide). */
    NERVE_GLIDE,
    /** Moving a joint through its range without holding (hip circles, leg swings). */
    DYNAMIC_MOBILITY
}
