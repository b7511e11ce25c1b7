package org.telerehab.progress.domain;

import org.telerehab.events.clinical.Episodes;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
                .map(current -> of(screenings, current));
    }

    /** Every episode of the patient, oldest first. */
    public static List<Episode> all(Collection<Screening> screenings, Collection<Instant> discharges) {
        if (screenings == null) {
            throw new IllegalArgumentException("screenings must be given (an empty collection when none)");
        }
        return Episodes.all(screenings.stream().map(s -> s.screenedAt).toList(), discharges).stream()
                .map(episode -> of(screenings, episode)).toList();
    }

    private static Episode of(Collection<Screening> screenings, Episodes.Current episode) {
        return new Episode(screenings.stream().filter(s -> s.screenedAt.equals(episode.baselineAt()))
                .min(Comparator.comparing(s -> s.screeningId)).orElseThrow(), episode.dischargedAt());
    }

    public boolean isOpen() {
        return dischargedAt == null;
    }
}
