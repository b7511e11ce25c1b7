package org.telerehab.progress.domain;

import org.telerehab.events.clinical.MinimalImportantChange;
import org.telerehab.events.clinical.PatientDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Computes the progress figures (API.md, progress-service) from a {@link PatientSummary} and at
 * most 28 {@link DailyRollup}s, so the cost does not grow with the number of logs.
 *
 * <p>Definitions (all days are the patient's calendar days, {@link PatientDays}, {@code today} included):
 * <ul>
 * <li><b>last 7 days</b> = {@code today-6 .. today}; <b>last 28 days</b> = {@code today-27 .. today}
 *     (see {@link #windowStart}). Rollups outside the 28-day window, before or after it, are
 *     ignored; their order does not matter, and two rollups for one day simply add up.</li>
 * <li><b>averagePain7d</b> = (sum of all readings of the last 7 days) / (their number): the mean of
 *     the readings, not the mean of daily means; {@code null} when there is no reading. Readings
 *     are check-in pain and session painBefore.</li>
 * <li><b>painChange</b> = {@code baselinePain - averagePain7d}, computed literally in doubles;
 *     {@code null} when either is {@code null}. Positive = better than baseline.</li>
 * <li><b>mcidReached</b> (Ostelo 2008) when painChange &gt;= 2, or painChange &gt;= 0.3 x baseline
 *     with baseline &gt; 0. Decided in exact integer arithmetic on the sums (n = readings, s = their
 *     sum: {@code b*n - s >= 2n}, or {@code 100(b*n - s) >= 30*b*n}), so an exact edge such as
 *     baseline 5 and average 3.5 is never lost to rounding. {@code false} when painChange is null.</li>
 * <li><b>adherence7d</b> = min(1, sessions of the last 7 days / sessionsPerWeek).</li>
 * <li><b>adherence28d</b> = min(1, sessions of the last 28 days / (sessionsPerWeek x weeks)), where
 *     weeks = max(1, d / 7.0) and d = {@link #planDaysInWindow}: the days from
 *     max(planStartDate, today-27) to today inclusive, 0 when the plan starts after today. It is
 *     evaluated as the single division {@code 7 x sessions / (sessionsPerWeek x max(7, d))}, which
 *     is the same quotient, so a ratio of exactly 0.8 is exactly {@code 0.8}.</li>
 * <li>Both adherences are {@code null} without an active plan. Sessions are counted as the contract
 *     says, all sessions of the window, including any logged before the plan's start.</li>
 * </ul>
 * Nothing is rounded: the API returns the doubles.
 */
public final class ProgressCalculator {

    /** Days in the short window (adherence7d, averagePain7d). */
    public static final int SHORT_WINDOW_DAYS = 7;
    /** Days in the long window (adherence28d): the only rollups the read needs. */
    public static final int WINDOW_DAYS = 28;
    /** Ostelo 2008: 2 NPRS points ... */
    static final int MCID_POINTS = MinimalImportantChange.PAIN_POINTS;
    /** ... or 30 % of baseline, as the fraction 30/100 for exact arithmetic. */
    static final int MCID_PERCENT_NUMERATOR = MinimalImportantChange.PAIN_PERCENT;
    static final int MCID_PERCENT_DENOMINATOR = 100;

    private ProgressCalculator() {
    }

    /** First day of the 28-day window ({@code today-27}): load the rollups from here to today. */
    public static LocalDate windowStart(LocalDate today) {
        requireToday(today);
        return today.minusDays(WINDOW_DAYS - 1);
    }

    /** First day of the 7-day window ({@code today-6}). */
    public static LocalDate shortWindowStart(LocalDate today) {
        requireToday(today);
        return today.minusDays(SHORT_WINDOW_DAYS - 1);
    }

    /**
     * d: the calendar days of the plan within the 28-day window, from max(planStartDate, today-27)
     * to today inclusive; 0 when the plan starts after today. A plan starting today has d = 1; a
     * plan started 10 days ago (today-10) has d = 11; one started 27 or more days ago has d = 28.
     */
    public static long planDaysInWindow(LocalDate planStartDate, LocalDate today) {
        if (planStartDate == null) {
            throw new IllegalArgumentException("planStartDate must not be null");
        }
        LocalDate windowStart = windowStart(today);
        LocalDate from = planStartDate.isAfter(windowStart) ? planStartDate : windowStart;
        if (from.isAfter(today)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(from, today) + 1;
    }

    public static ProgressFigures compute(PatientSummary summary, Collection<DailyRollup> rollups, LocalDate today) {
        if (summary == null) {
            throw new IllegalArgumentException("summary must not be null");
        }
        if (rollups == null) {
            throw new IllegalArgumentException("rollups must be given (an empty collection when none)");
        }
        LocalDate longStart = windowStart(today);
        LocalDate shortStart = shortWindowStart(today);

        long sessions28 = 0;
        long sessions7 = 0;
        long painSum7 = 0;
        long readings7 = 0;
        for (DailyRollup rollup : rollups) {
            if (rollup == null) {
                throw new IllegalArgumentException("rollups must not contain null");
            }
            LocalDate day = rollup.day();
            if (day.isBefore(longStart) || day.isAfter(today)) {
                continue;
            }
            sessions28 += rollup.sessions();
            if (!day.isBefore(shortStart)) {
                sessions7 += rollup.sessions();
                painSum7 += rollup.painSum();
                readings7 += rollup.painReadings();
            }
        }

        Integer baseline = summary.baselinePain();
        Double averagePain7d = readings7 == 0 ? null : (double) painSum7 / readings7;
        Double painChange = baseline == null || averagePain7d == null ? null : baseline - averagePain7d;
        boolean mcidReached = painChange != null && mcidReached(baseline, painSum7, readings7);

        Double adherence7d = null;
        Double adherence28d = null;
        if (summary.sessionsPerWeek() != null) {
            long perWeek = summary.sessionsPerWeek();
            adherence7d = Math.min(1.0, (double) sessions7 / perWeek);
            // sessions / (perWeek x max(1, d/7)) = 7 x sessions / (perWeek x max(7, d))
            long d = planDaysInWindow(summary.planStartDate(), today);
            adherence28d = Math.min(1.0, (double) (SHORT_WINDOW_DAYS * sessions28)
                    / (perWeek * Math.max(SHORT_WINDOW_DAYS, d)));
        }

        return new ProgressFigures(baseline, summary.latestPain(), averagePain7d, painChange, mcidReached,
                adherence7d, adherence28d, summary.sessionsLogged(), summary.lastSessionAt());
    }

    /**
     * MCID on exact sums: painChange = b - s/n, so n x painChange = b*n - s (an integer).
     * painChange &gt;= 2 iff b*n - s &gt;= 2n; painChange &gt;= 0.3 b iff 100(b*n - s) &gt;= 30*b*n.
     */
    static boolean mcidReached(int baseline, long painSum, long readings) {
        if (readings <= 0) {
            return false;
        }
        long scaledChange = baseline * readings - painSum;
        if (scaledChange >= MCID_POINTS * readings) {
            return true;
        }
        return baseline > 0
                && MCID_PERCENT_DENOMINATOR * scaledChange >= MCID_PERCENT_NUMERATOR * baseline * readings;
    }

    private static void requireToday(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today must not be null");
        }
    }
}
