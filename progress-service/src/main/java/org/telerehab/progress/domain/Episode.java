package org.telerehab.progress.domain;

import org.telerehab.events.clinical.Episodes;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The patient's current episode of care as progress-service keeps it: its baseline screening (the one every change is
 * measured against) and the discharge that ended it. Which one is current is the shared rule of {@link Episodes}.
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
        if (screenings == null) {
            throw new IllegalArgumentException("screenings must be given (an empty collection when none)");
        }
        return Episodes.current(screenings.stream().map(s -> s.screenedAt).toList(), discharges)
                .map(current -> new Episode(screenings.stream().filter(s -> s.screenedAt.equals(current.baselineAt()))
                        .min(Comparator.comparing(s -> s.screeningId)).orElseThrow(), current.dischargedAt()));
    }

    public boolean isOpen() {
        return dischargedAt == null;
    }
}
