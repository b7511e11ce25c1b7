package org.telerehab.program.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.domain.PlanStatus;
import org.telerehab.program.domain.WarningCode;
import org.telerehab.program.service.Illustrations;
import org.telerehab.program.service.PlanService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The contract's plan, the body that assigns one, and what a patient needs to follow it. */
public record PlanDto(UUID id, UUID patientId, UUID therapistId, int version, PlanStatus status, UUID templateId,
                      LocalDate startDate, int sessionsPerWeek, List<ItemDto> items, List<HabitCueDto> habitCues,
                      Integer microBreakEveryMinutes, List<Integer> reassessmentWeeks,
                      List<AcknowledgedDto> acknowledgedWarnings, Instant createdAt, Instant pausedAt) {

    public record HabitCueDto(@NotBlank @Size(max = 200) String trigger, @NotBlank @Size(max = 200) String action) {
    }

    public record ItemRequest(@NotNull UUID exerciseId,
                              @NotNull @Min(1) @Max(20) Integer sets,
                              @NotNull @Min(0) @Max(100) Integer reps,
                              @NotNull @Min(0) @Max(600) Integer holdSeconds,
                              @NotNull @Min(1) @Max(10) Integer intensityCap,
                              @Min(0) @Max(720) Integer notWithinMinutesOfWaking,
                              List<@NotNull WarningCode> acknowledgedWarnings) {
    }

    /**
     * @param reassessmentWeeks    the weeks a re-assessment is due in (1-52); absent: weeks 2, 6 and 12
     * @param acknowledgedWarnings codes acknowledged for every item; {@code items[].acknowledgedWarnings} acknowledges a
     *                             code for that item's exercise only
     */
    public record Request(UUID templateId,
                          @NotNull LocalDate startDate,
                          @NotNull @Min(1) @Max(21) Integer sessionsPerWeek,
                          @Min(15) @Max(480) Integer microBreakEveryMinutes,
                          @Size(min = 1, max = 12) List<@NotNull @Min(1) @Max(52) Integer> reassessmentWeeks,
                          @Size(max = 20) List<@NotNull @Valid HabitCueDto> habitCues,
                          @NotEmpty @Size(max = 40) List<@NotNull @Valid ItemRequest> items,
                          List<@NotNull WarningCode> acknowledgedWarnings) {

        PlanService.PlanDraft toDraft() {
            return new PlanService.PlanDraft(templateId, startDate, sessionsPerWeek, microBreakEveryMinutes,
                    ReassessmentSchedule.weeksOf(reassessmentWeeks),
                    habitCues == null ? List.of() : habitCues.stream()
                            .map(c -> new CarePlan.HabitCue(c.trigger(), c.action())).toList(),
                    items.stream().map(i -> new PlanService.ItemDraft(i.exerciseId(), i.sets(), i.reps(),
                            i.holdSeconds(), i.intensityCap(), i.notWithinMinutesOfWaking(),
                            codes(i.acknowledgedWarnings()))).toList(),
                    codes(acknowledgedWarnings));
        }

        private static Set<WarningCode> codes(List<WarningCode> codes) {
            return codes == null || codes.isEmpty() ? EnumSet.noneOf(WarningCode.class) : EnumSet.copyOf(codes);
        }
    }

    /** A prescribed item with the exercise as it was when prescribed (steps, cues, tags). */
    public record ItemDto(UUID exerciseId, int exerciseVersion, int sets, int reps, int holdSeconds, int intensityCap,
                          Integer notWithinMinutesOfWaking, ExerciseSummary exercise) {
    }

    /**
     * @param contentLocale the language of name, summary, steps and cues: {@code en}, or the language the plan was read
     *                      in when the pinned version is translated into it (issue 18)
     */
    public record ExerciseSummary(String name, String summary, List<String> steps, List<String> cues,
                                  List<MovementTag> movementTags, List<String> equipment, String mediaUrl,
                                  List<MediaDto> media, String illustrationUrl, String contentLocale) {
    }

    public record AcknowledgedDto(String code, UUID exerciseId, String message, UUID by, Instant at) {
    }

    static PlanDto of(PlanService.PlanView view, Illustrations illustrations) {
        CarePlan p = view.plan();
        return new PlanDto(p.id, p.patientId, p.therapistId, p.version, p.status, p.templateId, p.startDate,
                p.sessionsPerWeek,
                p.items.stream().map(i -> {
                    Exercise e = view.exercises().get(i.exerciseId());
                    ExerciseTranslation.Content words = e == null ? null : view.content().get(e.id);
                    return new ItemDto(i.exerciseId(), i.exerciseVersion(), i.sets(), i.reps(), i.holdSeconds(),
                            i.intensityCap(), i.notWithinMinutesOfWaking(), e == null ? null : new ExerciseSummary(
                            words.name(), words.summary(), words.steps(), words.cues(), e.movementTags, e.equipment,
                            e.mediaUrl, ExerciseDto.mediaList(e, view.media()),
                            ExerciseDto.illustrationUrl(e.id, illustrations), words.locale()));
                }).toList(),
                p.habitCues.stream().map(c -> new HabitCueDto(c.trigger(), c.action())).toList(),
                p.microBreakEveryMinutes,
                p.reassessmentWeeks,
                p.acknowledgedWarnings.stream().map(a -> new AcknowledgedDto(a.code(), a.exerciseId(), a.message(),
                        a.by(), a.at())).toList(),
                p.createdAt, p.pausedAt);
    }
}
