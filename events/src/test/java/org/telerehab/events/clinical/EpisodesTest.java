package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EpisodesTest {

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void noScreeningNoEpisode() {
        assertThat(Episodes.current(List.of(), List.of(at("2026-11-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void aReScreenWithinTheEpisodeKeepsTheFirstScreening() {
        var episode = Episodes.current(List.of(at("2026-10-20T09:00:00Z"), at("2026-10-01T09:00:00Z")), List.of())
                .orElseThrow();
        assertThat(episode.baselineAt()).isEqualTo(at("2026-10-01T09:00:00Z"));
        assertThat(episode.isOpen()).isTrue();
    }

    @Test
    void aScreeningJustAfterADischargeOpensANewEpisodeOneAtItsInstantDoesNot() {
        Instant discharge = at("2026-11-01T09:00:00Z");
        List<Instant> before = List.of(at("2026-10-01T09:00:00Z"), discharge);
        assertThat(Episodes.current(before, List.of(discharge)).orElseThrow())
                .isEqualTo(new Episodes.Current(at("2026-10-01T09:00:00Z"), discharge));
        List<Instant> after = List.of(at("2026-10-01T09:00:00Z"), at("2026-11-01T09:00:00.001Z"));
        assertThat(Episodes.current(after, List.of(discharge)).orElseThrow())
                .isEqualTo(new Episodes.Current(at("2026-11-01T09:00:00.001Z"), null));
    }

    @Test
    void anEndedEpisodeStaysCurrentUntilTheNextScreening() {
        var episode = Episodes.current(List.of(at("2026-10-01T09:00:00Z")),
                List.of(at("2026-12-01T09:00:00Z"), at("2026-11-01T09:00:00Z"))).orElseThrow();
        assertThat(episode.dischargedAt()).isEqualTo(at("2026-11-01T09:00:00Z"));
        assertThat(episode.isOpen()).isFalse();
    }

    @Test
    void everyEpisodeOldestFirstEachEndedByTheDischargeThatFollowsItsScreenings() {
        List<Instant> screenings = List.of(at("2026-08-01T00:00:00Z"), at("2026-01-01T00:00:00Z"),
                at("2026-02-01T00:00:00Z"), at("2026-04-01T00:00:00Z"), at("2026-06-01T00:00:00Z"));
        // March ends January's episode (its re-screen in February included); a second discharge in May before any
        // new screening... ends April's; July ends June's; August opens one that still runs
        List<Instant> discharges = List.of(at("2026-03-01T00:00:00Z"), at("2026-05-01T00:00:00Z"),
                at("2026-07-01T00:00:00Z"));

        assertThat(Episodes.all(screenings, discharges)).containsExactly(
                new Episodes.Current(at("2026-01-01T00:00:00Z"), at("2026-03-01T00:00:00Z")),
                new Episodes.Current(at("2026-04-01T00:00:00Z"), at("2026-05-01T00:00:00Z")),
                new Episodes.Current(at("2026-06-01T00:00:00Z"), at("2026-07-01T00:00:00Z")),
                new Episodes.Current(at("2026-08-01T00:00:00Z"), null));
        assertThat(Episodes.all(screenings, discharges)).last()
                .isEqualTo(Episodes.current(screenings, discharges).orElseThrow());
    }

    @Test
    void aDischargeWithoutAScreeningSinceTheLastOneEndsNothingAndOneAtAScreeningsInstantEndsItsEpisode() {
        Instant screening = at("2026-01-01T00:00:00Z");
        assertThat(Episodes.all(List.of(screening), List.of(at("2025-12-01T00:00:00Z"))))
                .containsExactly(new Episodes.Current(screening, null));
        assertThat(Episodes.all(List.of(screening), List.of(screening)))
                .containsExactly(new Episodes.Current(screening, screening));
        assertThat(Episodes.all(List.of(), List.of(screening))).isEmpty();
    }

    @Test
    void aReScreenAfterTheLastDischargeStaysInTheEpisodeThatDischargeWasFollowedBy() {
        // January's episode ends in March; April opens the next, and June's re-screen belongs to it (no discharge left)
        List<Instant> screenings = List.of(at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z"),
                at("2026-06-01T00:00:00Z"));

        assertThat(Episodes.all(screenings, List.of(at("2026-03-01T00:00:00Z")))).containsExactly(
                new Episodes.Current(at("2026-01-01T00:00:00Z"), at("2026-03-01T00:00:00Z")),
                new Episodes.Current(at("2026-04-01T00:00:00Z"), null));
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> Episodes.current(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Episodes.current(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Episodes.all(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Episodes.all(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
