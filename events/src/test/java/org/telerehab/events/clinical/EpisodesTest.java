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
    void rejectsMissingInput() {
        assertThatThrownBy(() -> Episodes.current(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Episodes.current(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
