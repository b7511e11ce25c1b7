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

/** A patient's place on the worklist, kept from their screenings: red flags wait for a clearance. */
class TriageEntryTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    void aScreeningWithARedFlagNeedsAClearanceAndOneWithoutDoesNot() {
        TriageEntry flagged = TriageEntry.from(screening(Disposition.PHYSICIAN_REVIEW, MONDAY, RedFlag.FEVER));
        TriageEntry ready = TriageEntry.from(screening(Disposition.READY_FOR_PROGRAM, MONDAY));

        assertThat(flagged.patientId).isEqualTo(PATIENT);
        assertThat(flagged.disposition).isEqualTo(Disposition.PHYSICIAN_REVIEW);
        assertThat(flagged.redFlags).containsExactly(RedFlag.FEVER);
        assertThat(flagged.submittedAt).isEqualTo(MONDAY);
        assertThat(flagged.clearanceRequired).isTrue();
        assertThat(ready.clearanceRequired).isFalse();
    }

    @Test
    void aNewerScreeningReplacesTheEntryAndItsFlagsNeedAClearanceOfTheirOwn() {
        TriageEntry entry = TriageEntry.from(screening(Disposition.PHYSICIAN_REVIEW, MONDAY, RedFlag.FEVER));
        entry.clear(THERAPIST, MONDAY.plusSeconds(3600), "GP letter");

        ScreeningCompleted later = screening(Disposition.EMERGENCY_REFERRAL, MONDAY.plusSeconds(7200),
                RedFlag.SADDLE_NUMBNESS);
        assertThat(entry.isOlderThan(later)).isTrue();
        entry.update(later);

        assertThat(entry.screeningId).isEqualTo(later.screeningId());
        assertThat(entry.disposition).isEqualTo(Disposition.EMERGENCY_REFERRAL);
        assertThat(entry.clearanceRequired).isTrue();
        assertThat(entry.clearedAt).isNull();
        assertThat(entry.clearanceNote).isNull();
    }

    @Test
    void aScreeningFromBeforeTheEntryIsNotNewer() {
        TriageEntry entry = TriageEntry.from(screening(Disposition.READY_FOR_PROGRAM, MONDAY));

        assertThat(entry.isOlderThan(screening(Disposition.PHYSICIAN_REVIEW, MONDAY.minusSeconds(60)))).isFalse();
        assertThat(entry.isOlderThan(screening(Disposition.PHYSICIAN_REVIEW, MONDAY))).isTrue();
    }

    private static ScreeningCompleted screening(Disposition disposition, Instant at, RedFlag... flags) {
        return new ScreeningCompleted(UUID.randomUUID(), at, PATIENT, UUID.randomUUID(), disposition,
                List.of(Region.LUMBAR), RiskLevel.MEDIUM, 5, Chronicity.CHRONIC, List.of(flags), null);
    }
}
