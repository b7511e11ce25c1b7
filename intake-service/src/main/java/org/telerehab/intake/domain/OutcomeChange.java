package org.telerehab.intake.domain;

import org.telerehab.events.clinical.MinimalImportantChange;

/**
 * A re-assessment's change against its episode's baseline screening (API.md 1.1, outcomes over time). Improvements
 * are positive ({@code baseline - now}); a minimal important change is decided by {@link MinimalImportantChange}.
 *
 * @param painPoints the week's average pain: baseline minus now
 * @param odiPoints  ODI percent: baseline minus now; null when either was not scored
 * @param painMcid   pain improved by 2 points or 30 %
 * @param odiMcid    ODI improved by 10 points or 30 %; null when odiPoints is
 */
public record OutcomeChange(int painPoints, Integer odiPoints, boolean painMcid, Boolean odiMcid) {

    /** From the baseline screening's pain and ODI to the re-assessment's. */
    public static OutcomeChange between(int baselinePain, Integer baselineOdi, int pain, Integer odi) {
        boolean odiKnown = baselineOdi != null && odi != null;
        return new OutcomeChange(baselinePain - pain, odiKnown ? baselineOdi - odi : null,
                MinimalImportantChange.painReached(baselinePain, pain),
                odiKnown ? MinimalImportantChange.odiReached(baselineOdi, odi) : null);
    }
}
