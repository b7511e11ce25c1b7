package org.telerehab.events.codes;

/** STarT Back risk stratum. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
