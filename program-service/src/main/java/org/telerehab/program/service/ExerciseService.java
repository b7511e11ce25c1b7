package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseMedia;
import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.domain.LibraryEdit;
import org.telerehab.program.repository.ExerciseMediaRepository;
import org.telerehab.program.repository.ExerciseRepository;
import org.telerehab.program.repository.ExerciseTranslationRepository;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The therapist-authored exercise library. Editing creates a new version; old versions stay for old plans. */
@ApplicationScoped
public class ExerciseService {

    /** What a therapist writes; the service owns id, version and provenance. */
    public record ExerciseDraft(String name, String summary, List<String> steps, List<String> cues,
                                List<Region> regions, List<MovementTag> movementTags, List<String> equipment,
                                int sets, int reps, int holdSeconds, int intensityCap, UUID progressionId,
                                UUID regressionId, boolean laterProgression, String mediaUrl) {
    }

    /** An exercise version and the words a reader is shown of it (its translation, or its English). */
    public record Shown(Exercise exercise, ExerciseTranslation.Content content) {
    }

    /** A translation as stored, and whether this write made it (rather than replaced its words). */
    public record Translated(ExerciseTranslation translation, boolean created) {
    }

    /** An exercise's version numbers (newest first) and every translation of them. */
    public record Translations(UUID exerciseId, int currentVersion, List<Integer> versions,
                               List<ExerciseTranslation> translations) {
    }

    private final ExerciseRepository exercises;
    private final ExerciseMediaRepository mediaRows;
    private final ExerciseTranslationRepository translations;
    private final ExerciseContent content;
    private final AuditTrail audit;
    private final Clock clock;

    ExerciseService(ExerciseRepository exercises, ExerciseMediaRepository mediaRows,
                    ExerciseTranslationRepository translations, ExerciseContent content, AuditTrail audit,
                    Clock clock) {
        this.exercises = exercises;
        this.mediaRows = mediaRows;
        this.translations = translations;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current library, by region, tag and the words of {@code query} (all must occur in name, summary or cues). */
    @Transactional
    public List<Exercise> list(Region region, MovementTag tag, String query, String equipment) {
        List<String> words = query == null ? List.of()
                : Arrays.stream(query.strip().split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
        String needs = equipment == null || equipment.isBlank() ? null : equipment.strip();
        return exercises.currentFiltered(region, tag, words, needs);
    }

    @Transactional
    public Exercise get(UUID id, Integer version) {
        return (version == null ? exercises.current(id) : exercises.version(id, version))
                .orElseThrow(() -> ProblemException.notFound("Exercise"));
    }

    /**
     * An exercise version in the language asked for: its translation into {@code locale} when that version has one,
     * else its English ({@code locale} null or {@code en}: the English). 422 naming {@code locale} for another
     * language.
     */
    @Transactional
    public Shown get(UUID id, Integer version, String locale) {
        ExerciseContent.requireReadable(locale);
        Exercise exercise = get(id, version);
        return new Shown(exercise, content.shown(exercise, locale));
    }

    /** Which languages each version of the exercise is translated into; 404 for an unknown exercise. */
    @Transactional
    public Translations translations(UUID id) {
        Exercise current = get(id, null);
        return new Translations(id, current.version, exercises.versionNumbers(id), translations.ofExercise(id));
    }

    /**
     * Writes the words of one version (the current one when {@code version} is null) in one language, replacing what
     * that version said in it before; other versions and languages are untouched. 404 for an unknown exercise or
     * version; 422 naming each field that breaks {@link ExerciseTranslation#check}, with nothing written.
     */
    @Transactional
    public Translated translate(UUID id, Integer version, String locale, ExerciseTranslation.Text text,
                                UUID therapistId) {
        Exercise english = get(id, version);
        List<ExerciseTranslation.Invalid> invalid = ExerciseTranslation.check(locale, text, english);
        if (!invalid.isEmpty()) {
            List<Problem.FieldError> errors = invalid.stream()
                    .map(i -> new Problem.FieldError(i.field(), i.message())).toList();
            throw new ProblemException(new Problem("validation", "Invalid request", 422, errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")),
                    errors));
        }
        Optional<ExerciseTranslation> previous = translations.of(english.id, english.version, locale);
        ExerciseTranslation translation = previous.orElseGet(() -> ExerciseTranslation.of(english, locale));
        translation.write(text, therapistId, clock.instant());
        if (previous.isEmpty()) {
            translations.persist(translation);
        }
        translations.flush(); // a concurrent first translation into the same language fails here, as a 409
        audit.record(previous.isEmpty() ? "TRANSLATE" : "EDIT_TRANSLATION", "Exercise",
                versionRef(english) + "/" + locale, null);
        return new Translated(translation, previous.isEmpty());
    }

    @Transactional
    public Exercise create(ExerciseDraft draft, UUID therapistId) {
        Exercise exercise = new Exercise();
        exercise.id = UUID.randomUUID();
        exercise.version = 1;
        apply(exercise, draft, therapistId);
        exercises.persist(exercise);
        audit.record("CREATE", "Exercise", versionRef(exercise), null);
        return exercise;
    }

    @Transactional
    public Exercise update(UUID id, ExerciseDraft draft, UUID editorId, boolean byAdmin) {
        Exercise previous = exercises.current(id).orElseThrow(() -> ProblemException.notFound("Exercise"));
        Set<MovementTag> droppedSafetyTags = LibraryEdit.safetyTagsRemoved(previous.movementTags, draft.movementTags());
        if (!LibraryEdit.allowed(previous.movementTags, draft.movementTags(), byAdmin)) {
            audit.refused("Exercise", versionRef(previous), null);
            throw ProblemException.forbidden("Removing the safety tags " + droppedSafetyTags
                    + " silences the safety check for every plan with this exercise; only an admin may do it");
        }
        if (id.equals(draft.progressionId()) || id.equals(draft.regressionId())) {
            throw ProblemException.invalid(id.equals(draft.progressionId()) ? "progressionId" : "regressionId",
                    "must name another exercise");
        }
        Exercise next = nextVersion(previous);
        apply(next, draft, editorId);
        next.mediaIds = previous.mediaIds; // editing the text keeps the pictures and videos
        exercises.persist(next);
        // both versions stay in the library, unchanged, so the record's two versions are the edit's diff
        audit.record(droppedSafetyTags.isEmpty() ? "EDIT" : "EDIT_REMOVING_SAFETY_TAGS", "Exercise", versionRef(next),
                null);
        return next;
    }

    /**
     * Stores a picture or video's row and the exercise's next version showing it, in one transaction: plans pinned to
     * earlier versions keep showing what they showed.
     */
    @Transactional
    public Exercise addMedia(ExerciseMedia media) {
        Exercise previous = exercises.current(media.exerciseId)
                .orElseThrow(() -> ProblemException.notFound("Exercise"));
        mediaRows.persist(media);
        Exercise next = nextVersion(previous);
        copyContent(previous, next);
        next.mediaIds = Stream.concat(previous.mediaIds.stream(), Stream.of(media.id)).toList();
        next.createdAt = clock.instant();
        next.createdBy = media.createdBy;
        exercises.persist(next);
        exercises.flush(); // a concurrent upload that made this version first fails here, as a 409
        audit.record("ADD_MEDIA", "Exercise", versionRef(next), null);
        return next;
    }

    private Exercise nextVersion(Exercise previous) {
        previous.current = false;
        exercises.flush(); // the partial unique index allows one current version at a time
        Exercise next = new Exercise();
        next.id = previous.id;
        next.version = previous.version + 1;
        next.current = true;
        return next;
    }

    private static void copyContent(Exercise from, Exercise to) {
        to.name = from.name;
        to.summary = from.summary;
        to.steps = from.steps;
        to.cues = from.cues;
        to.regions = from.regions;
        to.movementTags = from.movementTags;
        to.equipment = from.equipment;
        to.doseSets = from.doseSets;
        to.doseReps = from.doseReps;
        to.doseHoldSeconds = from.doseHoldSeconds;
        to.intensityCap = from.intensityCap;
        to.progressionId = from.progressionId;
        to.regressionId = from.regressionId;
        to.laterProgression = from.laterProgression;
        to.mediaUrl = from.mediaUrl;
    }

    /** "id@v3": the exact version an audit record speaks of. */
    private static String versionRef(Exercise exercise) {
        return exercise.id + "@v" + exercise.version;
    }

    private void apply(Exercise exercise, ExerciseDraft draft, UUID therapistId) {
        requireExists("progressionId", draft.progressionId());
        requireExists("regressionId", draft.regressionId());
        exercise.name = draft.name().strip();
        exercise.summary = draft.summary().strip();
        exercise.steps = List.copyOf(draft.steps());
        exercise.cues = List.copyOf(draft.cues());
        exercise.regions = draft.regions().stream().distinct().toList();
        exercise.movementTags = draft.movementTags().stream().distinct().toList();
        exercise.equipment = draft.equipment() == null ? List.of() : List.copyOf(draft.equipment());
        exercise.doseSets = draft.sets();
        exercise.doseReps = draft.reps();
        exercise.doseHoldSeconds = draft.holdSeconds();
        exercise.intensityCap = draft.intensityCap();
        exercise.progressionId = draft.progressionId();
        exercise.regressionId = draft.regressionId();
        exercise.laterProgression = draft.laterProgression();
        exercise.mediaUrl = draft.mediaUrl();
        exercise.current = true;
        exercise.createdAt = clock.instant();
        exercise.createdBy = therapistId;
    }

    private void requireExists(String field, UUID id) {
        if (id != null && exercises.current(id).isEmpty()) {
            throw ProblemException.invalid(field, "no exercise with id " + id);
        }
    }
}
