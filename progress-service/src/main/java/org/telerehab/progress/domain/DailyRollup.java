package org.telerehab.progress.domain;

import org.telerehab.events.clinical.PatientDays;

import java.time.LocalDate;

/**
 * One patient's activity on one of their calendar days ({@link PatientDays}): the incrementally maintained projection
 * the
 * progress read is computed from, so reading progress costs the same for 10 or 10,000 logs.
 *
 * <p>What a log adds to its day is decided here ({@link #ofSession}, {@link #ofCheckIn}): pain readings
 * are, per the contract, check-in pain and session {@code painBefore}; session {@code painAfter} is not a
 * reading and is not summed. The store adds that contribution to the stored day with the same arithmetic
 * as {@link #plus} (an atomic upsert; {@code DailyRollupRepositoryTest} checks the two agree).
 *
 * @param day                   the patient's calendar day
 * @param sessions              sessions performed that day
 * @param painSum               sum of that day's pain readings (each 0-10)
 * @param painReadings          number of that day's pain readings
 * @param maxPerceivedIntensity highest perceived intensity (0-10) of that day's sessions, 0 when none
 */
public record DailyRollup(LocalDate day, int sessions, int painSum, int painReadings, int maxPerceivedIntensity) {

    public DailyRollup {
        if (day == null) {
            throw new IllegalArgumentException("rollup day must not be null");
        }
        if (sessions < 0) {
            throw new IllegalArgumentException("rollup sessions must be 0 or more, got " + sessions);
        }
        if (painReadings < 0) {
            throw new IllegalArgumentException("rollup painReadings must be 0 or more, got " + painReadings);
        }
        if (painSum < 0 || painSum > PainReading.MAX_PAIN * painReadings) {
            throw new IllegalArgumentException("rollup painSum must be between 0 and 10 x painReadings, got "
                    + painSum + " for " + painReadings + " readings");
        }
        PainReading.requireScale("maxPerceivedIntensity", maxPerceivedIntensity);
    }

    /** A day with nothing logged yet. */
    public static DailyRollup empty(LocalDate day) {
        return new DailyRollup(day, 0, 0, 0, 0);
    }

    /** What one session adds to its day: one session, its {@code painBefore} as a reading, its intensity. */
    public static DailyRollup ofSession(LocalDate day, int painBefore, int perceivedIntensity) {
        PainReading.requireScale("painBefore", painBefore);
        return new DailyRollup(day, 1, painBefore, 1, perceivedIntensity);
    }

    /** What one check-in adds to its day: its pain as a reading. */
    public static DailyRollup ofCheckIn(LocalDate day, int pain) {
        PainReading.requireScale("pain", pain);
        return new DailyRollup(day, 0, pain, 1, 0);
    }

    /** This day with another contribution to the same day added. */
    public DailyRollup plus(DailyRollup other) {
        if (!day.equals(other.day)) {
            throw new IllegalArgumentException("cannot add " + other.day + " to " + day);
        }
        return new DailyRollup(day, sessions + other.sessions, painSum + other.painSum,
                painReadings + other.painReadings, Math.max(maxPerceivedIntensity, other.maxPerceivedIntensity));
    }
}
