package org.telerehab.progress.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The small per-patient state the progress read needs besides the 28 days of {@link DailyRollup}s.
 *
 * @param baselinePain    the screening's baseline pain (0-10), {@code null} before any screening
 * @param sessionsPerWeek the active plan's sessions per week (at least 1), {@code null} without an active plan
 * @param planStartDate   the active plan's {@code startDate}, {@code null} exactly when sessionsPerWeek is
 * @param latestPain      the most recent pain reading (0-10), {@code null} when none yet
 * @param sessionsLogged  all sessions ever logged (not only the window)
 * @param lastSessionAt   the latest session's performedAt, {@code null} when none
 */
public record PatientSummary(Integer baselinePain, Integer sessionsPerWeek, LocalDate planStartDate,
        Integer latestPain, long sessionsLogged, Instant lastSessionAt) {

    public PatientSummary {
        PainReading.requireScaleIfKnown("baselinePain", baselinePain);
        PainReading.requireScaleIfKnown("latestPain", latestPain);
        if (sessionsPerWeek != null && sessionsPerWeek < 1) {
            throw new IllegalArgumentException("sessionsPerWeek must be at least 1, got " + sessionsPerWeek);
        }
        if ((sessionsPerWeek == null) != (planStartDate == null)) {
            throw new IllegalArgumentException(
                    "sessionsPerWeek and planStartDate describe the active plan: give both or neither");
        }
        if (sessionsLogged < 0) {
            throw new IllegalArgumentException("sessionsLogged must be 0 or more, got " + sessionsLogged);
        }
    }
}
