package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {

    private static final Map<String, Object> BEFORE = Map.of("name", "Dead bug", "steps", List.of("a", "b"),
            "regions", List.of("LUMBAR"), "movementTags", List.of("CORE_ENDURANCE"),
            "dose", Map.of("sets", 2, "reps", 8, "holdSeconds", 0), "intensityCap", 6,
            "progressionId", "p1", "media", List.of());

    @Test
    void onlyTheFieldsThatDifferAreMarkedAndIdsAreNamed() {
        Map<String, Object> now = new java.util.HashMap<>(BEFORE);
        now.put("steps", List.of("a", "b", "c"));
        now.put("media", List.of(Map.of("id", "m1", "contentType", "video/webm", "caption", "Whole movement",
                "phoneUrl", "/api/media/m1")));
        VersionComparison c = VersionComparison.of(BEFORE, now, Map.of("p1", "Bird dog"));

        assertThat(c.rows().stream().filter(VersionComparison.Row::changed).map(VersionComparison.Row::field))
                .containsExactly("Steps", "Pictures and videos");
        assertThat(c.changes()).isEqualTo(2);
        VersionComparison.Row progression = c.rows().stream().filter(r -> r.field().equals("Progression"))
                .findFirst().orElseThrow();
        assertThat(progression.now()).isEqualTo("Bird dog");
        VersionComparison.Row media = c.rows().stream().filter(r -> r.field().equals("Pictures and videos"))
                .findFirst().orElseThrow();
        assertThat(media.before()).isEqualTo("none");
        assertThat(media.now()).isEqualTo("Video: Whole movement");
    }

    @Test
    void twoEqualVersionsDifferNowhere() {
        assertThat(VersionComparison.of(BEFORE, BEFORE, Map.of()).changes()).isZero();
    }
}
