package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The words of one exercise version in one more language: its name, summary, steps and cues, nothing else (the dose,
 * tags, equipment and media are the version's own). A translation belongs to the version it was written for: a plan
 * pins a version, and translating it is an editorial addition to that version, not a new prescription. A new English
 * version starts without translations, since the old ones may no longer say what it says.
 *
 * <p>The rules a translation must follow ({@link #check}) and which words a reader is shown ({@link #shown}) live
 * here, tested without Quarkus; the service runs exactly these.
 */
@Entity
@Table(name = "exercise_translation")
@IdClass(ExerciseTranslation.Key.class)
public class ExerciseTranslation {

    /** The exercise's own language: its English text is the exercise itself, never a translation. */
    public static final String ENGLISH = "en";
    /** The languages an exercise may be translated into: Spanish, French, Arabic. */
    public static final List<String> LOCALES = List.of("es", "fr", "ar");
    // the exercise's own limits: a translation may be as long as the English, no longer
    public static final int MAX_NAME = Exercise.MAX_NAME;
    public static final int MAX_SUMMARY = Exercise.MAX_SUMMARY;
    public static final int MAX_STEP = Exercise.MAX_STEP;
    public static final int MAX_CUE = Exercise.MAX_CUE;

    public static class Key implements Serializable {
        public UUID exerciseId;
        public int version;
        public String locale;

        public Key() {
        }

        public Key(UUID exerciseId, int version, String locale) {
            this.exerciseId = exerciseId;
            this.version = version;
            this.locale = locale;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.exerciseId, exerciseId)
                    && Objects.equals(k.locale, locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(exerciseId, version, locale);
        }
    }

    /** What a therapist writes for one language. */
    public record Text(String name, String summary, List<String> steps, List<String> cues) {
    }

    /** A rule the text breaks, with the field named as the request body spells it ({@code steps[2]}). */
    public record Invalid(String field, String message) {
    }

    /** The words a reader is shown and the language they are in ({@code en} when no translation could be used). */
    public record Content(String locale, String name, String summary, List<String> steps, List<String> cues) {
    }

    @Id
    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Id
    public int version;

    @Id
    public String locale;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> steps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> cues;

    @Column(name = "translated_by", nullable = false)
    public UUID translatedBy;

    @Column(name = "translated_at", nullable = false)
    public Instant translatedAt;

    /** A language an exercise may be translated into ({@code en} is not: it is the exercise). */
    public static boolean translatable(String locale) {
        return locale != null && LOCALES.contains(locale);
    }

    /** A language an exercise may be asked for in: English, or one it may be translated into. */
    public static boolean readable(String locale) {
        return ENGLISH.equals(locale) || translatable(locale);
    }

    /** How an unknown language is refused, naming the ones there are. */
    public static String unknownLocale(boolean forWriting) {
        return forWriting ? "must be one of " + String.join(", ", LOCALES)
                + " (English is the exercise itself: edit the exercise)"
                : "must be one of " + ENGLISH + ", " + String.join(", ", LOCALES);
    }

    /**
     * Every rule {@code text} breaks as a translation of {@code english} into {@code locale}, in the order of the
     * body's fields (empty when it may be stored): the locale is one of {@link #LOCALES}; name, summary, steps and
     * cues are given and not blank, within the exercise's own limits; there are exactly as many steps and cues as the
     * English version has, so that step 3 in Spanish is step 3 in English.
     */
    public static List<Invalid> check(String locale, Text text, Exercise english) {
        List<Invalid> invalid = new ArrayList<>();
        if (!translatable(locale)) {
            invalid.add(new Invalid("locale", unknownLocale(true)));
        }
        checkText(invalid, "name", text.name(), MAX_NAME);
        checkText(invalid, "summary", text.summary(), MAX_SUMMARY);
        checkList(invalid, "steps", text.steps(), english.steps.size(), english.version, MAX_STEP);
        checkList(invalid, "cues", text.cues(), english.cues.size(), english.version, MAX_CUE);
        return invalid;
    }

    /** A new, empty translation of {@code english} into {@code locale}, to be {@link #write written}. */
    public static ExerciseTranslation of(Exercise english, String locale) {
        ExerciseTranslation translation = new ExerciseTranslation();
        translation.exerciseId = english.id;
        translation.version = english.version;
        translation.locale = locale;
        return translation;
    }

    /** Takes the words of a text {@link #check} found nothing wrong with, trimmed as the exercise's are. */
    public void write(Text text, UUID by, Instant at) {
        name = text.name().strip();
        summary = text.summary().strip();
        steps = List.copyOf(text.steps());
        cues = List.copyOf(text.cues());
        translatedBy = by;
        translatedAt = at;
    }

    /**
     * The words to show of {@code english} to a reader asking for {@code locale}: the translation when it is one of
     * this very version into that language with as many steps and cues, otherwise the English (null or {@code en}
     * asks for the English).
     */
    public static Content shown(Exercise english, String locale, ExerciseTranslation translation) {
        boolean usable = translation != null && !ENGLISH.equals(locale) && translation.locale.equals(locale)
                && translation.exerciseId.equals(english.id) && translation.version == english.version
                && translation.steps.size() == english.steps.size() && translation.cues.size() == english.cues.size();
        return usable
                ? new Content(translation.locale, translation.name, translation.summary, translation.steps,
                translation.cues)
                : new Content(ENGLISH, english.name, english.summary, english.steps, english.cues);
    }

    private static void checkText(List<Invalid> invalid, String field, String value, int max) {
        if (value == null) {
            invalid.add(new Invalid(field, "is required"));
        } else if (value.isBlank()) {
            invalid.add(new Invalid(field, "must not be blank"));
        } else if (value.length() > max) {
            invalid.add(new Invalid(field, "must be at most " + max + " characters"));
        }
    }

    private static void checkList(List<Invalid> invalid, String field, List<String> values, int englishCount,
                                  int englishVersion, int max) {
        if (values == null) {
            invalid.add(new Invalid(field, "is required (an empty list when the English version has none)"));
            return;
        }
        if (values.size() != englishCount) {
            invalid.add(new Invalid(field, "must have " + englishCount + " items, as many as version "
                    + englishVersion + " has in English, one for each"));
        }
        // each item the English has a counterpart for (a list longer than that is refused whole, above)
        for (int i = 0; i < Math.min(values.size(), englishCount); i++) {
            checkText(invalid, field + "[" + i + "]", values.get(i), max);
        }
    }
}
