package org.telerehab.program.domain;

import java.time.Instant;

import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.RiskLevel;

/**
 * What decides a worklist entry's place: see {@link WorklistOrder}. Nulls are tolerated (no open red flag, a
 * missing risk and a missing submittedAt sort last) so that sorting never fails on an incomplete row.
 *
 * @param openRedFlag the most severe OPEN red-flag report of the patient ({@link RedFlagReport#mostSevereOpen}),
 *                    null when none is open: a cleared report no longer ranks
 */
public record WorklistRank(RedFlag.Severity openRedFlag, boolean hasOpenAlerts, RiskLevel risk, Instant submittedAt) {

    /**
     * The urgency tier, 0 most urgent: 0 an OPEN emergency report, 1 an OPEN review report, 2 other open alerts,
     * 3 risk HIGH, 4 MEDIUM, 5 LOW, 6 unknown risk.
     */
    public int tier() {
        if (openRedFlag == RedFlag.Severity.EMERGENCY) {
            return 0;
        }
        if (openRedFlag == RedFlag.Severity.REVIEW) {
            return 1;
        }
        if (hasOpenAlerts) {
            return 2;
        }
        if (risk == null) {
            return 6;
        }
        return switch (risk) {
            case HIGH -> 3;
            case MEDIUM -> 4;
            case LOW -> 5;
        };
    }
}
