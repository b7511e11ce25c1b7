package org.telerehab.program.domain;

public enum PlanStatus {
    ACTIVE, PAUSED, SUPERSEDED, COMPLETED
}
