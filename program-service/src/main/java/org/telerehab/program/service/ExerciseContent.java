package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.repository.ExerciseTranslationRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The words of an exercise version in the language a reader asks for: its translation into that language when there
 * is one, else its English ({@link ExerciseTranslation#shown}). The library's reads and the patient's plan use it.
 */
@ApplicationScoped
public class ExerciseContent {

    private final ExerciseTranslationRepository translations;

    ExerciseContent(ExerciseTranslationRepository translations) {
        this.translations = translations;
    }

    /** 422 naming {@code locale} unless it is null (English) or a language exercises are read in. */
    public static void requireReadable(String locale) {
        if (locale != null && !ExerciseTranslation.readable(locale)) {
            throw ProblemException.invalid("locale", ExerciseTranslation.unknownLocale(false));
        }
    }

    /** Call inside a transaction, with a locale {@link #requireReadable} let through. */
    public ExerciseTranslation.Content shown(Exercise exercise, String locale) {
        ExerciseTranslation translation = locale == null || !ExerciseTranslation.translatable(locale) ? null
                : translations.of(exercise.id, exercise.version, locale).orElse(null);
        return ExerciseTranslation.shown(exercise, locale, translation);
    }

    /** {@link #shown} of each exercise, by exercise id. */
    public Map<UUID, ExerciseTranslation.Content> shown(Collection<Exercise> exercises, String locale) {
        Map<UUID, ExerciseTranslation.Content> content = new HashMap<>();
        for (Exercise exercise : exercises) {
            content.put(exercise.id, shown(exercise, locale));
        }
        return content;
    }
}
