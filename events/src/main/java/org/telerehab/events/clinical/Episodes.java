package org.telerehab.events.clinical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Episodes of care (DOMAIN.md, outcomes over time), the one rule intake-service (re-assessments) and progress-service
 * (the progress baseline, outcomes) both decide with: an episode runs from a screening to the discharge that ends it;
 * its first screening is the baseline every change is measured against, so a re-screen within the episode never
 * replaces it (an MCID once reached does not disappear), and a screening after a discharge opens a new episode.
 *
 * <p>The current episode is the one of the latest screening: it began after the latest discharge before that
 * screening (a screening at the very instant of a discharge still belongs to the episode that discharge ended). The
 * decision depends only on the instants, never on the order the facts arrived in: screenings (intake-service) and
 * discharges (program-service) travel on different topics, and either may be applied first.
 */
public final class Episodes {

    /**
     * The current episode.
     *
     * @param baselineAt   when its first screening was made
     * @param dischargedAt the discharge that ended it, or null while it runs
     */
    public record Current(Instant baselineAt, Instant dischargedAt) {

        public boolean isOpen() {
            return dischargedAt == null;
        }
    }

    private Episodes() {
    }

    /**
     * Every episode of the patient, oldest first: each discharge ends the episode that runs at it, and the next
     * screening after it opens the next one (a discharge with no screening before it since the last one ends nothing).
     */
    public static List<Current> all(Collection<Instant> screenings, Collection<Instant> discharges) {
        if (screenings == null || discharges == null) {
            throw new IllegalArgumentException("screenings and discharges must be given (empty collections when none)");
        }
        List<Instant> byTime = screenings.stream().sorted().toList();
        List<Instant> ends = discharges.stream().sorted().toList();
        List<Current> episodes = new ArrayList<>();
        Instant baseline = null;
        int end = 0;
        for (Instant screening : byTime) {
            while (baseline != null && end < ends.size() && ends.get(end).isBefore(screening)) {
                if (!ends.get(end).isBefore(baseline)) {
                    episodes.add(new Current(baseline, ends.get(end)));
                    baseline = null;
                }
                end++;
            }
            if (baseline == null) {
                baseline = screening;
            }
        }
        if (baseline != null) {
            Instant start = baseline;
            episodes.add(new Current(baseline, ends.stream().filter(d -> !d.isBefore(start)).findFirst().orElse(null)));
        }
        return List.copyOf(episodes);
    }

    /** The current episode, from when the patient's screenings were made and when they were discharged. */
    public static Optional<Current> current(Collection<Instant> screenings, Collection<Instant> discharges) {
        if (screenings == null || discharges == null) {
            throw new IllegalArgumentException("screenings and discharges must be given (empty collections when none)");
        }
        Optional<Instant> latest = screenings.stream().max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Instant last = latest.get();
        Instant began = discharges.stream().filter(d -> d.isBefore(last)).max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        Instant baselineAt = screenings.stream().filter(s -> s.isAfter(began)).min(Comparator.naturalOrder())
                .orElseThrow();
        Instant ended = discharges.stream().filter(d -> !d.isBefore(last)).min(Comparator.naturalOrder())
                .orElse(null);
        return Optional.of(new Current(baselineAt, ended));
    }
}
