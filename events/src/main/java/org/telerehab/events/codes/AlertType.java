package org.telerehab.events.codes;

public enum AlertType {
    FLARE, TOO_HARD, RED_FLAG_SYMPTOM, DISENGAGED, READY_TO_PROGRESS
}
