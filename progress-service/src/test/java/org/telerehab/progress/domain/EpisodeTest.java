package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.RiskLevel;

class EpisodeTest {

    static final UUID PATIENT = UUID.randomUUID();

    static Screening screening(String at, int pain) {
        return new Screening(UUID.randomUUID(), PATIENT, Instant.parse(at), pain, 40, RiskLevel.MEDIUM, 4, 2,
                List.of(org.telerehab.events.codes.Region.LUMBAR));
    }

    @Test
    void noScreeningNoEpisode() {
        assertThat(Episode.current(List.of(), List.of(Instant.parse("2026-11-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void aReScreenWithinTheEpisodeKeepsTheFirstScreeningAsTheBaseline() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Screening again = screening("2026-10-20T09:00:00Z", 3);

        Episode episode = Episode.current(List.of(again, first), List.of()).orElseThrow();

        assertThat(episode.baseline()).isSameAs(first);
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void aScreeningAfterADischargeOpensANewEpisodeWithItsOwnBaseline() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Screening reScreen = screening("2026-10-20T09:00:00Z", 3);
        Instant discharge = Instant.parse("2026-11-01T09:00:00Z");
        Screening next = screening("2026-11-01T09:00:00.001Z", 5);
        Screening nextAgain = screening("2026-11-20T09:00:00Z", 2);

        Episode episode = Episode.current(List.of(first, reScreen, next, nextAgain), List.of(discharge)).orElseThrow();

        assertThat(episode.baseline()).isSameAs(next);
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void afterADischargeWithoutANewScreeningTheEndedEpisodeIsStillTheCurrentOne() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Instant discharge = Instant.parse("2026-11-01T09:00:00Z");
        Instant later = Instant.parse("2026-12-01T09:00:00Z");

        Episode episode = Episode.current(List.of(first), List.of(later, discharge)).orElseThrow();

        assertThat(episode.baseline()).isSameAs(first);
        assertThat(episode.dischargedAt()).isEqualTo(discharge);
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void aScreeningAtTheInstantOfTheDischargeBelongsToTheEpisodeItEnds() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Instant discharge = Instant.parse("2026-11-01T09:00:00Z");
        Screening atDischarge = screening("2026-11-01T09:00:00Z", 4);

        Episode episode = Episode.current(List.of(first, atDischarge), List.of(discharge)).orElseThrow();

        assertThat(episode.baseline()).isSameAs(first);
        assertThat(episode.dischargedAt()).isEqualTo(discharge);
    }

    @Test
    void severalEpisodesTheLatestCounts() {
        Screening one = screening("2026-01-01T09:00:00Z", 8);
        Screening two = screening("2026-04-01T09:00:00Z", 6);
        Screening three = screening("2026-08-01T09:00:00Z", 4);
        List<Instant> discharges = List.of(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z"));

        assertThat(Episode.current(List.of(three, one, two), discharges).orElseThrow().baseline()).isSameAs(three);
        // the same facts, the latest screening not yet applied: the second episode, ended in July
        Episode second = Episode.current(List.of(one, two), discharges).orElseThrow();
        assertThat(second.baseline()).isSameAs(two);
        assertThat(second.dischargedAt()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void everyEpisodeWithItsOwnBaselineScreening() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Screening reScreen = screening("2026-10-20T09:00:00Z", 3);
        Instant discharge = Instant.parse("2026-11-01T09:00:00Z");
        Screening next = screening("2026-11-05T09:00:00Z", 5);

        assertThat(Episode.all(List.of(next, reScreen, first), List.of(discharge)))
                .containsExactly(new Episode(first, discharge), new Episode(next, null));
        assertThat(Episode.all(List.of(), List.of(discharge))).isEmpty();
    }

    @Test
    void aReassessmentBelongsToTheEpisodeBetweenItsBaselineAndItsDischarge() {
        Screening first = screening("2026-10-01T09:00:00Z", 7);
        Episode ended = new Episode(first, Instant.parse("2026-11-01T09:00:00Z"));
        Episode running = new Episode(first, null);

        assertThat(reassessedAt("2026-10-01T09:00:00Z").belongsTo(running)).as("at the baseline's instant").isFalse();
        assertThat(reassessedAt("2026-10-01T09:00:01Z").belongsTo(running)).isTrue();
        assertThat(reassessedAt("2026-11-01T09:00:00Z").belongsTo(ended)).as("at the discharge").isTrue();
        assertThat(reassessedAt("2026-11-01T09:00:01Z").belongsTo(ended)).isFalse();
        assertThat(reassessedAt("2027-01-01T09:00:00Z").belongsTo(running)).isTrue();
    }

    static Reassessment reassessedAt(String at) {
        Reassessment r = new Reassessment();
        r.submittedAt = Instant.parse(at);
        return r;
    }

    @Test
    void aScreeningWithoutPainTypesHasNone() {
        assertThat(new Screening(UUID.randomUUID(), PATIENT, Instant.EPOCH, 4, null, null, null, null, null).painTypes)
                .isEmpty();
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> Episode.current(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Episode.current(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> screening("2026-01-01T00:00:00Z", 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
