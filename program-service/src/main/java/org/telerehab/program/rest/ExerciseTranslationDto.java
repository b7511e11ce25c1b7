package org.telerehab.program.rest;

import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.service.ExerciseService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The words of one exercise version in one more language (issue 18), the body that writes them, and which languages
 * each version of an exercise is translated into.
 */
public record ExerciseTranslationDto(UUID exerciseId, int version, String locale, String name, String summary,
                                     List<String> steps, List<String> cues, UUID translatedBy,
                                     Instant translatedAt) {

    /**
     * What a therapist writes; the rules ({@link ExerciseTranslation#check}: required, the exercise's own limits, as
     * many steps and cues as the English version) are checked in the domain, so that the rule tested is the one that
     * runs.
     */
    public record Request(String name, String summary, List<String> steps, List<String> cues) {

        ExerciseTranslation.Text toText() {
            return new ExerciseTranslation.Text(name, summary, steps, cues);
        }
    }

    /** Who translated a version into a language, and when. */
    public record Done(String locale, UUID translatedBy, Instant translatedAt) {
    }

    /** One version of the exercise and the languages it is translated into (none: English only). */
    public record Version(int version, List<String> locales, List<Done> translations) {
    }

    /** Every version of an exercise, newest first, each with its translations. */
    public record Listing(UUID exerciseId, int currentVersion, List<Version> versions) {

        static Listing of(ExerciseService.Translations found) {
            List<Version> versions = new ArrayList<>();
            for (int version : found.versions()) {
                List<Done> done = found.translations().stream().filter(t -> t.version == version)
                        .map(t -> new Done(t.locale, t.translatedBy, t.translatedAt)).toList();
                versions.add(new Version(version, done.stream().map(Done::locale).toList(), done));
            }
            return new Listing(found.exerciseId(), found.currentVersion(), versions);
        }
    }

    static ExerciseTranslationDto of(ExerciseTranslation t) {
        return new ExerciseTranslationDto(t.exerciseId, t.version, t.locale, t.name, t.summary, t.steps, t.cues,
                t.translatedBy, t.translatedAt);
    }
}
