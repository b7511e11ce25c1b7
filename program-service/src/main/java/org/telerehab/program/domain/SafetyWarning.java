package org.telerehab.program.domain;

import java.util.Objects;
import java.util.UUID;

/** One warning raised by {@link SafetyCheck} about one exercise of a plan; the message is for the therapist. */
public record SafetyWarning(WarningCode code, UUID exerciseId, String message) {

    public SafetyWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(message, "message");
    }
}
