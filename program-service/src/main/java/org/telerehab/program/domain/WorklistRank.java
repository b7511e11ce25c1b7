package org.telerehab.program.domain;

import java.time.Instant;

import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RiskLevel;

/**
 * What decides a worklist entry's place: see {@link WorklistOrder}. Nulls are tolerated (a missing
 * disposition counts as READY_FOR_PROGRAM, a missing risk and a missing submittedAt sort last) so that
 * sorting never fails on an incomplete row.
 */
public record WorklistRank(Disposition disposition, boolean hasOpenAlerts, RiskLevel risk, Instant submittedAt) {

    /**
     * The urgency tier, 0 most urgent: 0 EMERGENCY_REFERRAL, 1 PHYSICIAN_REVIEW, 2 open alerts,
     * 3 risk HIGH, 4 MEDIUM, 5 LOW, 6 unknown risk.
     */
    public int tier() {
        if (disposition == Disposition.EMERGENCY_REFERRAL) {
            return 0;
        }
        if (disposition == Disposition.PHYSICIAN_REVIEW) {
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
