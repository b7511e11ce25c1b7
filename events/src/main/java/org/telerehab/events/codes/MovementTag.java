package org.telerehab.events.codes;

public enum MovementTag {
    LUMBAR_FLEXION, LUMBAR_EXTENSION, ROTATION, END_RANGE, LOADED, HIP_HINGE, CORE_ENDURANCE, STRETCH
}
