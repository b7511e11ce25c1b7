package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A patient's place on the worklist, kept from their newest screening (red flags: RedFlagReport). */
class TriageEntryTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    void anEntryShowsItsScreening() {
        TriageEntry flagged = TriageEntry.from(screening(Disposition.PHYSICIAN_REVIEW, MONDAY, List.of(Region.LUMBAR),
                RedFlag.FEVER));

        assertThat(flagged.patientId).isEqualTo(PATIENT);
        assertThat(flagged.disposition).isEqualTo(Disposition.PHYSICIAN_REVIEW);
        assertThat(flagged.redFlags).containsExactly(RedFlag.FEVER);
        assertThat(flagged.submittedAt).isEqualTo(MONDAY);
    }

    @Test
    void aNewerScreeningReplacesTheEntry() {
        TriageEntry entry = TriageEntry.from(screening(Disposition.PHYSICIAN_REVIEW, MONDAY, List.of(Region.LUMBAR),
                RedFlag.FEVER));
        ScreeningCompleted later = screening(Disposition.READY_FOR_PROGRAM, MONDAY.plusSeconds(7200),
                List.of(Region.SCIATIC));
        assertThat(entry.isOlderThan(later)).isTrue();
        entry.update(later);

        assertThat(entry.screeningId).isEqualTo(later.screeningId());
        assertThat(entry.disposition).isEqualTo(Disposition.READY_FOR_PROGRAM);
        assertThat(entry.painTypes).containsExactly(Region.SCIATIC);
        assertThat(entry.redFlags).isEmpty();
    }

    @Test
    void aScreeningFromBeforeTheEntryIsNotNewer() {
        TriageEntry entry = TriageEntry.from(screening(Disposition.READY_FOR_PROGRAM, MONDAY, List.of(Region.LUMBAR)));

        assertThat(entry.isOlderThan(screening(Disposition.PHYSICIAN_REVIEW, MONDAY.minusSeconds(60),
                List.of(Region.LUMBAR)))).isFalse();
        assertThat(entry.isOlderThan(screening(Disposition.PHYSICIAN_REVIEW, MONDAY, List.of(Region.LUMBAR)))).isTrue();
    }

    @Test
    void painTypesDifferWhateverTheirOrder() {
        TriageEntry entry = TriageEntry.from(screening(Disposition.READY_FOR_PROGRAM, MONDAY,
                List.of(Region.LUMBAR, Region.SCIATIC)));

        assertThat(entry.painTypesDifferFrom(screening(Disposition.READY_FOR_PROGRAM, MONDAY,
                List.of(Region.SCIATIC, Region.LUMBAR)))).isFalse();
        assertThat(entry.painTypesDifferFrom(screening(Disposition.READY_FOR_PROGRAM, MONDAY,
                List.of(Region.LUMBAR)))).isTrue();
        assertThat(entry.painTypesDifferFrom(screening(Disposition.READY_FOR_PROGRAM, MONDAY,
                List.of(Region.LUMBAR, Region.SCIATIC, Region.NECK)))).isTrue();
    }

    private static ScreeningCompleted screening(Disposition disposition, Instant at, List<Region> painTypes,
                                                RedFlag... flags) {
        return new ScreeningCompleted(UUID.randomUUID(), at, PATIENT, UUID.randomUUID(), disposition,
                painTypes, RiskLevel.MEDIUM, 5, Chronicity.CHRONIC, List.of(flags), null, 4, 2);
    }
}
