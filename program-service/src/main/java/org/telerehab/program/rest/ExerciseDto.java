package org.telerehab.program.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseMedia;
import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.service.ExerciseService;
import org.telerehab.program.service.Illustrations;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract's Exercise, and the body that creates or edits one.
 *
 * @param contentLocale the language of name, summary, steps and cues: {@code en}, or the language asked for when this
 *                      version is translated into it (issue 18)
 */
public record ExerciseDto(UUID id, int version, String name, String summary, List<String> steps, List<String> cues,
                          List<Region> regions, List<MovementTag> movementTags, List<String> equipment, Dose dose,
                          int intensityCap, UUID progressionId, UUID regressionId, boolean laterProgression,
                          String mediaUrl, List<MediaDto> media, String illustrationUrl, String contentLocale) {

    public record Dose(@NotNull @Min(1) @Max(20) Integer sets,
                       @NotNull @Min(0) @Max(100) Integer reps,
                       @NotNull @Min(0) @Max(600) Integer holdSeconds) {
    }

    public record Request(
            @NotBlank @Size(max = Exercise.MAX_NAME) String name,
            @NotBlank @Size(max = Exercise.MAX_SUMMARY) String summary,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = Exercise.MAX_STEP) String> steps,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = Exercise.MAX_CUE) String> cues,
            @NotEmpty List<@NotNull Region> regions,
            @NotNull List<@NotNull MovementTag> movementTags,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> equipment,
            @NotNull @Valid Dose dose,
            @NotNull @Min(1) @Max(10) Integer intensityCap,
            UUID progressionId,
            UUID regressionId,
            Boolean laterProgression,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String mediaUrl) {

        ExerciseService.ExerciseDraft toDraft() {
            return new ExerciseService.ExerciseDraft(name, summary, steps, cues, regions, movementTags, equipment,
                    dose.sets(), dose.reps(), dose.holdSeconds(), intensityCap, progressionId, regressionId,
                    Boolean.TRUE.equals(laterProgression), mediaUrl);
        }
    }

    /** In English. @param media the rows of (at least) the media this version shows, by id */
    static ExerciseDto of(Exercise e, Map<UUID, ExerciseMedia> media, Illustrations illustrations) {
        return of(e, ExerciseTranslation.shown(e, ExerciseTranslation.ENGLISH, null), media, illustrations);
    }

    /** With the words of {@code content} (a translation, or the English). */
    static ExerciseDto of(Exercise e, ExerciseTranslation.Content content, Map<UUID, ExerciseMedia> media,
                          Illustrations illustrations) {
        return new ExerciseDto(e.id, e.version, content.name(), content.summary(), content.steps(), content.cues(),
                e.regions, e.movementTags, e.equipment, new Dose(e.doseSets, e.doseReps, e.doseHoldSeconds),
                e.intensityCap, e.progressionId, e.regressionId, e.laterProgression, e.mediaUrl, mediaList(e, media),
                illustrationUrl(e.id, illustrations), content.locale());
    }

    static List<MediaDto> mediaList(Exercise e, Map<UUID, ExerciseMedia> media) {
        return e.mediaIds.stream().map(media::get).filter(Objects::nonNull).map(MediaDto::of).toList();
    }

    static String illustrationUrl(UUID exerciseId, Illustrations illustrations) {
        return illustrations.has(exerciseId) ? "/api/exercises/" + exerciseId + "/illustration" : null;
    }
}
