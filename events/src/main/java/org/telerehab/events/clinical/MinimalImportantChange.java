package org.telerehab.events.clinical;

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

    /** In exact integers: {@code change >= points}, or {@code 100 x change >= percent x baseline} with a baseline. */
    private static boolean reached(int change, int baseline, int points, int percent) {
        return change >= points || (baseline > 0 && 100 * change >= percent * baseline);
    }
}
