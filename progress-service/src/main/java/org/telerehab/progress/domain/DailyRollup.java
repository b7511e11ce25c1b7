package org.telerehab.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One patient's activity on one calendar day (UTC): the incrementally maintained projection the
 * progress read is computed from, so reading progress costs the same for 10 or 10,000 logs.
 *
 * <p>Pain readings are, per the contract, check-in pain and session {@code painBefore}; session
 * {@code painAfter} is not a reading and is not summed here.
 *
 * @param day                   the UTC calendar day
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

    /** The UTC calendar day an instant (e.g. a session's {@code performedAt}) belongs to. */
    public static LocalDate dayOf(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant must not be null");
        }
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A day with nothing logged yet. */
    public static DailyRollup empty(LocalDate day) {
        return new DailyRollup(day, 0, 0, 0, 0);
    }

    /** This day plus one session: one more session, its {@code painBefore} as a reading, its intensity. */
    public DailyRollup withSession(int painBefore, int perceivedIntensity) {
        PainReading.requireScale("painBefore", painBefore);
        PainReading.requireScale("perceivedIntensity", perceivedIntensity);
        return new DailyRollup(day, sessions + 1, painSum + painBefore, painReadings + 1,
                Math.max(maxPerceivedIntensity, perceivedIntensity));
    }

    /** This day plus one check-in: its pain as a reading. */
    public DailyRollup withCheckIn(int pain) {
        PainReading.requireScale("pain", pain);
        return new DailyRollup(day, sessions, painSum + pain, painReadings + 1, maxPerceivedIntensity);
    }
}
