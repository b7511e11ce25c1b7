package org.telerehab.progress.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An episode of care (DOMAIN.md, outcomes over time): it runs from a screening to the discharge that ends it; its
 * first screening is the baseline every change is measured against, so a re-screen within the episode never replaces
 * it (an MCID once reached does not disappear), and a screening after a discharge opens a new episode with a new
 * baseline.
 *
 * <p>The current episode is the one of the latest screening: it began after the latest discharge before that
 * screening (a screening at the very instant of a discharge still belongs to the episode that discharge ended). The
 * decision depends only on the instants, never on the order the facts arrived in: screenings (intake-service) and
 * discharges (program-service) travel on different topics, and either may be applied first.
 *
 * @param baseline     the episode's first screening
 * @param dischargedAt the discharge that ended it, or null while it runs
 */
public record Episode(Screening baseline, Instant dischargedAt) {

    public Episode {
        if (baseline == null) {
            throw new IllegalArgumentException("an episode has a baseline screening");
        }
    }

    /** The patient's current episode; empty before their first screening. */
    public static Optional<Episode> current(Collection<Screening> screenings, Collection<Instant> discharges) {
        if (screenings == null || discharges == null) {
            throw new IllegalArgumentException("screenings and discharges must be given (empty collections when none)");
        }
        List<Screening> byTime = new ArrayList<>(screenings);
        byTime.sort(Comparator.comparing(s -> s.screenedAt));
        if (byTime.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = byTime.get(byTime.size() - 1).screenedAt;
        Instant began = discharges.stream().filter(d -> d.isBefore(latest)).max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        Screening baseline = byTime.stream().filter(s -> s.screenedAt.isAfter(began)).findFirst().orElseThrow();
        Instant ended = discharges.stream().filter(d -> !d.isBefore(latest)).min(Comparator.naturalOrder())
                .orElse(null);
        return Optional.of(new Episode(baseline, ended));
    }

    public boolean isOpen() {
        return dischargedAt == null;
    }
}
