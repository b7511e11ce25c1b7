package org.telerehab.program.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The therapist's worklist order (contract 1.1, {@code GET /api/worklist}): most urgent first, that is an OPEN
 * emergency red-flag report, then an OPEN review report, then patients with other open alerts, then risk HIGH,
 * MEDIUM, LOW; within a rank the oldest submission first. A rank is one of those tiers
 * ({@link WorklistRank#tier()}): inside it nothing but age counts (two open emergencies are not reordered by risk
 * or alerts).
 */
public final class WorklistOrder {

    /** Most urgent first; ties (same tier, same instant) compare equal, so a stable sort keeps their order. */
    public static final Comparator<WorklistRank> MOST_URGENT_FIRST = Comparator
            .comparingInt(WorklistRank::tier)
            .thenComparing(WorklistRank::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private WorklistOrder() {
    }

    /** The worklist order for any entry type, given how to read its rank, e.g. {@code comparing(Entry::rank)}. */
    public static <T> Comparator<T> comparing(Function<? super T, WorklistRank> rank) {
        Objects.requireNonNull(rank, "rank");
        return Comparator.comparing(rank, MOST_URGENT_FIRST);
    }
}
