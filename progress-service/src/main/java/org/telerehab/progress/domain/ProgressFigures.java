package org.telerehab.progress.domain;

import java.time.Instant;

/**
 * The figures of {@code GET /api/patients/{patientId}/progress} (all but {@code openAlerts}),
 * unrounded: see {@link ProgressCalculator} for the definitions.
 */
public record ProgressFigures(
        Integer baselinePain,
        Integer latestPain,
        Double averagePain7d,
        Double painChange,
        boolean mcidReached,
        Double adherence7d,
        Double adherence28d,
        long sessionsLogged,
        Instant lastSessionAt) {
}
