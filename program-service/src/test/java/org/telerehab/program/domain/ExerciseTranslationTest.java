package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseTranslationTest {

    private static final UUID THERAPIST = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-20T08:15:00Z");

    private final Exercise english = english(2, List.of("Lie on your back.", "Lower one arm and the other leg.",
            "Return slowly."), List.of("Back stays still.", "6-7 out of 10, never 8+."));

    @Test
    void aFullTranslationWithAsManyStepsAndCuesBreaksNoRule() {
        assertThat(ExerciseTranslation.check("es", spanish(), english)).isEmpty();
        assertThat(ExerciseTranslation.check("ar", new ExerciseTranslation.Text("حشرة ميتة", "ملخص",
                List.of("١", "٢", "٣"), List.of("أ", "ب")), english)).isEmpty();
    }

    @Test
    void oneStepTooFewOrTooManyIsRefusedNamingSteps() {
        var fewer = new ExerciseTranslation.Text("Bicho muerto", "Resumen", List.of("Uno.", "Dos."),
                List.of("a", "b"));
        assertThat(ExerciseTranslation.check("es", fewer, english)).extracting(ExerciseTranslation.Invalid::field)
                .containsExactly("steps");
        assertThat(ExerciseTranslation.check("es", fewer, english).get(0).message())
                .isEqualTo("must have 3 items, as many as version 2 has in English, one for each");
        var more = new ExerciseTranslation.Text("Bicho muerto", "Resumen", List.of("1", "2", "3", "4"),
                List.of("a", "b"));
        assertThat(fields(ExerciseTranslation.check("es", more, english))).containsExactly("steps");
    }

    @Test
    void cuesCountLikewiseAndAnExerciseWithoutCuesTakesAnEmptyList() {
        var oneCue = new ExerciseTranslation.Text("Bicho muerto", "Resumen", List.of("1", "2", "3"), List.of("a"));
        assertThat(fields(ExerciseTranslation.check("fr", oneCue, english))).containsExactly("cues");

        Exercise noCues = english(1, List.of("Stand."), List.of());
        assertThat(ExerciseTranslation.check("fr", new ExerciseTranslation.Text("Debout", "Résumé",
                List.of("Debout."), List.of()), noCues)).isEmpty();
        assertThat(fields(ExerciseTranslation.check("fr", new ExerciseTranslation.Text("Debout", "Résumé",
                List.of("Debout."), null), noCues))).containsExactly("cues");
    }

    @Test
    void blankOrMissingTextIsRefusedNamingEachField() {
        var blank = new ExerciseTranslation.Text("  ", null, Arrays.asList("1", " ", null),
                Arrays.asList("", "b"));
        assertThat(ExerciseTranslation.check("es", blank, english)).containsExactly(
                new ExerciseTranslation.Invalid("name", "must not be blank"),
                new ExerciseTranslation.Invalid("summary", "is required"),
                new ExerciseTranslation.Invalid("steps[1]", "must not be blank"),
                new ExerciseTranslation.Invalid("steps[2]", "is required"),
                new ExerciseTranslation.Invalid("cues[0]", "must not be blank"));
        assertThat(fields(ExerciseTranslation.check("es", new ExerciseTranslation.Text("n", "s", null,
                List.of("a", "b")), english))).containsExactly("steps");
    }

    @Test
    void theExercisesOwnLimitsHoldAtTheirEdges() {
        var atTheLimits = new ExerciseTranslation.Text("n".repeat(120), "s".repeat(2000),
                List.of("x".repeat(500), "2", "3"), List.of("c".repeat(300), "b"));
        assertThat(ExerciseTranslation.check("es", atTheLimits, english)).isEmpty();

        var overTheLimits = new ExerciseTranslation.Text("n".repeat(121), "s".repeat(2001),
                List.of("1", "x".repeat(501), "3"), List.of("a", "c".repeat(301)));
        assertThat(ExerciseTranslation.check("es", overTheLimits, english)).containsExactly(
                new ExerciseTranslation.Invalid("name", "must be at most 120 characters"),
                new ExerciseTranslation.Invalid("summary", "must be at most 2000 characters"),
                new ExerciseTranslation.Invalid("steps[1]", "must be at most 500 characters"),
                new ExerciseTranslation.Invalid("cues[1]", "must be at most 300 characters"));
    }

    @Test
    void aListFarLongerThanTheEnglishIsOneRefusalNotOnePerItem() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add("");
        }
        var text = new ExerciseTranslation.Text("n", "s", many, List.of("a", "b"));
        assertThat(ExerciseTranslation.check("es", text, english)).hasSize(1 + 3);
    }

    @Test
    void onlySpanishFrenchAndArabicAreTranslationsEnglishIsTheExercise() {
        assertThat(ExerciseTranslation.check("en", spanish(), english)).containsExactly(
                new ExerciseTranslation.Invalid("locale",
                        "must be one of es, fr, ar (English is the exercise itself: edit the exercise)"));
        for (String unknown : new String[] {"de", "ES", "es-MX", "", "x".repeat(1000)}) {
            assertThat(fields(ExerciseTranslation.check(unknown, spanish(), english))).as(unknown)
                    .containsExactly("locale");
        }
        assertThat(fields(ExerciseTranslation.check(null, spanish(), english))).containsExactly("locale");
        assertThat(ExerciseTranslation.LOCALES).containsExactly("es", "fr", "ar");
        assertThat(ExerciseTranslation.readable("en")).isTrue();
        assertThat(ExerciseTranslation.readable("ar")).isTrue();
        assertThat(ExerciseTranslation.readable("de")).isFalse();
        assertThat(ExerciseTranslation.readable(null)).isFalse();
    }

    @Test
    void writingTrimsNameAndSummaryAndSaysWhoAndWhen() {
        ExerciseTranslation t = ExerciseTranslation.of(english, "es");
        t.write(new ExerciseTranslation.Text("  Bicho muerto ", " Resumen.\n", List.of("1", "2", "3"),
                List.of("a", "b")), THERAPIST, NOW);
        assertThat(t.exerciseId).isEqualTo(english.id);
        assertThat(t.version).isEqualTo(2);
        assertThat(t.locale).isEqualTo("es");
        assertThat(t.name).isEqualTo("Bicho muerto");
        assertThat(t.summary).isEqualTo("Resumen.");
        assertThat(t.translatedBy).isEqualTo(THERAPIST);
        assertThat(t.translatedAt).isEqualTo(NOW);
    }

    @Test
    void aReaderGetsTheTranslationOfThisVersionInTheirLanguage() {
        ExerciseTranslation t = translated(english, "es");
        ExerciseTranslation.Content shown = ExerciseTranslation.shown(english, "es", t);
        assertThat(shown.locale()).isEqualTo("es");
        assertThat(shown.name()).isEqualTo("Bicho muerto");
        assertThat(shown.steps()).containsExactly("Túmbate.", "Baja.", "Vuelve.");
    }

    @Test
    void otherwiseTheEnglishAndSaysSo() {
        ExerciseTranslation t = translated(english, "es");
        // no translation into that language
        assertThat(ExerciseTranslation.shown(english, "fr", null).locale()).isEqualTo("en");
        assertThat(ExerciseTranslation.shown(english, "fr", null).name()).isEqualTo("Dead bug");
        // English asked for (or nothing asked): the English, even when handed a translation
        assertThat(ExerciseTranslation.shown(english, "en", t).locale()).isEqualTo("en");
        assertThat(ExerciseTranslation.shown(english, null, t).locale()).isEqualTo("en");
        // a translation of another language
        assertThat(ExerciseTranslation.shown(english, "fr", t).locale()).isEqualTo("en");
        // a translation of another version, even with as many steps: a new version does not inherit it
        Exercise next = english(3, english.steps, english.cues);
        next.id = english.id;
        ExerciseTranslation.Content shown = ExerciseTranslation.shown(next, "es", t);
        assertThat(shown.locale()).isEqualTo("en");
        assertThat(shown.name()).isEqualTo("Dead bug");
        // of another exercise
        Exercise other = english(2, english.steps, english.cues);
        assertThat(ExerciseTranslation.shown(other, "es", t).locale()).isEqualTo("en");
        // whose steps no longer line up with the English ones
        t.steps = List.of("Túmbate.", "Vuelve.");
        assertThat(ExerciseTranslation.shown(english, "es", t).locale()).isEqualTo("en");
    }

    private static List<String> fields(List<ExerciseTranslation.Invalid> invalid) {
        return invalid.stream().map(ExerciseTranslation.Invalid::field).toList();
    }

    private static ExerciseTranslation.Text spanish() {
        return new ExerciseTranslation.Text("Bicho muerto", "Despierta los músculos profundos.",
                List.of("Túmbate.", "Baja.", "Vuelve."), List.of("La espalda quieta.", "6-7 de 10, nunca 8+."));
    }

    private static ExerciseTranslation translated(Exercise english, String locale) {
        ExerciseTranslation t = ExerciseTranslation.of(english, locale);
        t.write(spanish(), THERAPIST, NOW);
        return t;
    }

    private static Exercise english(int version, List<String> steps, List<String> cues) {
        Exercise e = new Exercise();
        e.id = UUID.randomUUID();
        e.version = version;
        e.name = "Dead bug";
        e.summary = "Wakes up the deep muscles that steady your spine.";
        e.steps = steps;
        e.cues = cues;
        return e;
    }
}
