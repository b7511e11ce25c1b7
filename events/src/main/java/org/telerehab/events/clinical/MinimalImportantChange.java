package org.telerehab.events.clinical;

import java.util.OptionalDouble;

/**
 * The minimal important change of the two outcome measures (DOMAIN.md; Ostelo 2008): the smallest improvement a
 * patient notices. intake-service judges each re-assessment with it, progress-service the 7-day pain average.
 * Improvements are positive: {@code baseline - now}.
 */
public final class MinimalImportantChange {

    /** NPRS pain (0-10): 2 points ... */
    public static final int PAIN_POINTS = 2;
    /** ... or 30 % of the baseline. */
    public static final int PAIN_PERCENT = 30;
    /** ODI (percent 0-100): 10 points ... */
    public static final int ODI_POINTS = 10;
    /** ... or 30 % of the baseline. */
    public static final int ODI_PERCENT = 30;

    private MinimalImportantChange() {
    }

    /** Pain improved from baseline to now by 2 points, or by 30 % of a baseline above 0. */
    public static boolean painReached(int baseline, int now) {
        return reached(baseline - now, baseline, PAIN_POINTS, PAIN_PERCENT);
    }

    /** ODI improved from baseline to now by 10 points, or by 30 % of a baseline above 0. */
    public static boolean odiReached(int baseline, int now) {
        return reached(baseline - now, baseline, ODI_POINTS, ODI_PERCENT);
    }

    /**
     * The highest pain, on a continuous scale, that still counts as an important improvement on this baseline: the
     * top of the band a chart shades. Empty for a baseline of 0 (nothing to improve). The same rule as
     * {@link #painReached}: {@code change >= 2 or change >= 30 % of baseline} is
     * {@code change >= min(2, 30 % of baseline)}.
     */
    public static OptionalDouble painLevelReaching(int baseline) {
        return levelReaching(baseline, PAIN_POINTS, PAIN_PERCENT);
    }

    /** The highest ODI percent that still counts as an important improvement on this baseline (see above). */
    public static OptionalDouble odiLevelReaching(int baseline) {
        return levelReaching(baseline, ODI_POINTS, ODI_PERCENT);
    }

    private static OptionalDouble levelReaching(int baseline, int points, int percent) {
        return baseline > 0 ? OptionalDouble.of(baseline - Math.min(points, percent * baseline / 100.0))
                : OptionalDouble.empty();
    }

    /** In exact integers: {@code change >= points}, or {@code 100 x change >= percent x baseline} with a baseline. */
    private static boolean reached(int change, int baseline, int points, int percent) {
        return change >= points || (baseline > 0 && 100 * change >= percent * baseline);
    }
}
