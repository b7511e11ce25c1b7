package org.telerehab.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two versions of an exercise side by side, in the page's language (its message bundles: a Quarkus test). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VersionComparisonTest {

    private static final Map<String, Object> BEFORE = Map.of("name", "Dead bug", "steps", List.of("a", "b"),
            "regions", List.of("LUMBAR"), "movementTags", List.of("CORE_ENDURANCE"),
            "dose", Map.of("sets", 2, "reps", 8, "holdSeconds", 0), "intensityCap", 6,
            "progressionId", "p1", "media", List.of());

    private static Map<String, Object> withAStepAndAVideo() {
        Map<String, Object> now = new java.util.HashMap<>(BEFORE);
        now.put("steps", List.of("a", "b", "c"));
        now.put("media", List.of(Map.of("id", "m1", "contentType", "video/webm", "caption", "Whole movement",
                "phoneUrl", "/api/media/m1")));
        return now;
    }

    private static VersionComparison.Row row(VersionComparison c, String field) {
        return c.rows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheFieldsThatDifferAreMarkedAndIdsAreNamed() {
        VersionComparison c = VersionComparison.of(BEFORE, withAStepAndAVideo(), Map.of("p1", "Bird dog"), "en");

        assertThat(c.rows().stream().filter(VersionComparison.Row::changed).map(VersionComparison.Row::field))
                .containsExactly("Steps", "Pictures and videos");
        assertThat(c.changes()).isEqualTo(2);
        VersionComparison.Row progression = row(c, "Progression");
        assertThat(progression.now()).isEqualTo("Bird dog");
        assertThat(progression.nowTyped()).isTrue();
        VersionComparison.Row media = row(c, "Pictures and videos");
        assertThat(media.before()).isEqualTo("none");
        assertThat(media.now()).isEqualTo("Video: Whole movement");
        assertThat(row(c, "Default dose").now()).isEqualTo("2 sets × 8 reps");
        assertThat(row(c, "Regions").now()).isEqualTo("Lower back");
        assertThat(row(c, "Equipment").now()).isEqualTo("none");
        assertThat(row(c, "Equipment").nowTyped()).as("the word none is the page's, not typed").isFalse();
    }

    @Test
    void theRowsAreInThePagesLanguageWhatWasTypedAsTyped() {
        VersionComparison c = VersionComparison.of(BEFORE, withAStepAndAVideo(), Map.of("p1", "Bird dog"), "es");

        assertThat(c.rows().stream().filter(VersionComparison.Row::changed).map(VersionComparison.Row::field))
                .containsExactly("Pasos", "Imágenes y vídeos");
        assertThat(row(c, "Nombre").now()).isEqualTo("Dead bug");
        assertThat(row(c, "Nombre").nowTyped()).isTrue();
        assertThat(row(c, "Regiones").now()).isEqualTo("Zona lumbar");
        assertThat(row(c, "Dosis por defecto").now()).isEqualTo("2 series × 8 repeticiones");
        assertThat(row(c, "Imágenes y vídeos").before()).isEqualTo("ninguno");
        assertThat(row(c, "Imágenes y vídeos").now()).isEqualTo("Vídeo: Whole movement");
        assertThat(row(c, "Progresión posterior").now()).isEqualTo("no");
    }

    @Test
    void twoEqualVersionsDifferNowhere() {
        assertThat(VersionComparison.of(BEFORE, BEFORE, Map.of(), "en").changes()).isZero();
    }
}
