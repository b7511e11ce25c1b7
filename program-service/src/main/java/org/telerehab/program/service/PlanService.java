package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.events.codes.Region;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseMedia;
import org.telerehab.program.domain.ExerciseTranslation;
import org.telerehab.program.domain.PlanStatus;
import org.telerehab.program.domain.PlanVersioning;
import org.telerehab.program.domain.SafetyCheck;
import org.telerehab.program.domain.SafetyWarning;
import org.telerehab.program.domain.TriageEntry;
import org.telerehab.program.domain.WarningCode;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.ExerciseRepository;
import org.telerehab.program.repository.PlanTemplateRepository;
import org.telerehab.program.repository.TriageRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assigns versioned plans after the safety check, and serves the current plan to its patient and therapist. */
@ApplicationScoped
public class PlanService {

    /** A plan as the therapist asks for it. */
    public record PlanDraft(UUID templateId, LocalDate startDate, int sessionsPerWeek, Integer microBreakEveryMinutes,
                            List<Integer> reassessmentWeeks, List<CarePlan.HabitCue> habitCues, List<ItemDraft> items,
                            Set<WarningCode> acknowledgedWarnings) {

        /** The acknowledgements the therapist ticked at each item (each for that item's exercise only). */
        List<SafetyCheck.Acknowledgement> perExerciseAcknowledgements() {
            return items.stream().flatMap(i -> i.acknowledgedWarnings().stream()
                    .map(code -> new SafetyCheck.Acknowledgement(code, i.exerciseId()))).toList();
        }
    }

    /** @param acknowledgedWarnings the warnings acknowledged for this item's exercise (empty when none) */
    public record ItemDraft(UUID exerciseId, int sets, int reps, int holdSeconds, int intensityCap,
                            Integer notWithinMinutesOfWaking, Set<WarningCode> acknowledgedWarnings) {
    }

    /**
     * A plan with the exercise versions it prescribes, for display.
     *
     * @param content the words of each exercise version in the language read (its translation, or its English)
     */
    public record PlanView(CarePlan plan, Map<UUID, Exercise> exercises, Map<UUID, ExerciseMedia> media,
                           Map<UUID, ExerciseTranslation.Content> content) {
    }

    private final CarePlanRepository plans;
    private final ExerciseRepository exercises;
    private final PlanTemplateRepository templates;
    private final TriageRepository triage;
    private final RedFlagService redFlags;
    private final DischargeService discharges;
    private final PatientAccess access;
    private final MediaService media;
    private final ExerciseContent content;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final Clock clock;

    PlanService(CarePlanRepository plans, ExerciseRepository exercises, PlanTemplateRepository templates,
                TriageRepository triage, RedFlagService redFlags, DischargeService discharges, PatientAccess access,
                MediaService media, ExerciseContent content, AuditTrail audit, EventOutbox outbox, Clock clock) {
        this.plans = plans;
        this.exercises = exercises;
        this.templates = templates;
        this.triage = triage;
        this.redFlags = redFlags;
        this.discharges = discharges;
        this.access = access;
        this.media = media;
        this.content = content;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Order of checks: care (403), a screening of the current episode (409), an OPEN red-flag report of any severity
     * (409), the exercises exist (422), then the safety check (422 with the unacknowledged warnings). Nothing is written unless every check passes.
     */
    @Transactional
    public PlanView assign(UUID patientId, UUID therapistId, PlanDraft draft) {
        access.checkIsCaringTherapist(patientId);
        TriageEntry screening = triage.findByIdOptional(patientId).orElseThrow(() -> ProblemException.conflict(
                "screening-required", "The patient has not been screened yet; plans follow a screening"));
        if (discharges.episodeEnded(patientId)) {
            throw ProblemException.conflict("screening-required",
                    "The patient was discharged; a new episode, and its plan, start with a new screening");
        }
        if (redFlags.blocksNewPlans(patientId)) {
            throw ProblemException.conflict("red-flag-not-cleared",
                    "An open red-flag report blocks plan assignment until a clearance is recorded");
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.startDate().isBefore(today.minusYears(1)) || draft.startDate().isAfter(today.plusYears(1))) {
            // a plan is for now: a far date is a typo, and one past year 9999 cannot even be stored
            throw ProblemException.invalid("startDate", "must be within a year of today (" + today + ")");
        }
        if (draft.templateId() != null && templates.findByIdOptional(draft.templateId()).isEmpty()) {
            throw ProblemException.invalid("templateId", "no template with id " + draft.templateId());
        }
        Map<UUID, Exercise> prescribed = currentExercises(draft.items());

        List<SafetyWarning> warnings = SafetyCheck.check(screening.painTypes, draft.items().stream()
                .map(i -> {
                    Exercise e = prescribed.get(i.exerciseId());
                    return new SafetyCheck.Item(e.id, e.name, e.tagSet(), i.intensityCap(), i.notWithinMinutesOfWaking());
                }).toList());
        List<SafetyWarning> open = SafetyCheck.unacknowledged(warnings, draft.acknowledgedWarnings(),
                draft.perExerciseAcknowledgements());
        if (!open.isEmpty()) {
            throw new ProblemException(new Problem("safety-warnings", "Safety warnings need acknowledgement", 422,
                    open.size() + " safety warning(s) must be acknowledged before this plan can be assigned",
                    open.stream().map(w -> new Problem.FieldError("acknowledgedWarnings", w.code() + ": " + w.message()))
                            .toList())
                    .with("warnings", open.stream().map(w -> Map.of("code", w.code().name(),
                            "exerciseId", w.exerciseId().toString(), "message", w.message())).toList()));
        }

        plans.currentForUpdate(patientId).ifPresent(previous -> {
            previous.status = PlanStatus.SUPERSEDED;
            plans.flush(); // one current plan per patient, enforced by a partial unique index
        });
        int latest = plans.latestVersion(patientId);

        Instant now = clock.instant();
        CarePlan plan = new CarePlan();
        plan.id = UUID.randomUUID();
        plan.patientId = patientId;
        plan.therapistId = therapistId;
        plan.version = PlanVersioning.nextVersion(latest == 0 ? null : latest);
        plan.status = PlanStatus.ACTIVE;
        plan.templateId = draft.templateId();
        plan.startDate = draft.startDate();
        plan.sessionsPerWeek = draft.sessionsPerWeek();
        plan.microBreakEveryMinutes = draft.microBreakEveryMinutes();
        plan.reassessmentWeeks = ReassessmentSchedule.weeksOf(draft.reassessmentWeeks());
        plan.habitCues = draft.habitCues() == null ? List.of() : List.copyOf(draft.habitCues());
        plan.items = draft.items().stream().map(i -> new CarePlan.Item(i.exerciseId(),
                prescribed.get(i.exerciseId()).version, i.sets(), i.reps(), i.holdSeconds(), i.intensityCap(),
                i.notWithinMinutesOfWaking())).toList();
        plan.acknowledgedWarnings = warnings.stream().map(w -> new CarePlan.AcknowledgedWarning(w.code().name(),
                w.exerciseId(), w.message(), therapistId, now)).toList();
        plan.createdAt = now;
        plans.persist(plan);
        plans.flush(); // a concurrent assignment of the same version fails here, as a 409

        outbox.publish(new PlanAssigned(UUID.randomUUID(), now, patientId, plan.id, plan.version, therapistId,
                plan.startDate, plan.sessionsPerWeek, plan.items.stream().map(i -> new PlanAssigned.Item(
                i.exerciseId(), i.exerciseVersion(), i.sets(), i.reps(), i.holdSeconds(), i.intensityCap(),
                i.notWithinMinutesOfWaking())).toList(), plan.reassessmentWeeks,
                plan.microBreakEveryMinutes));
        audit.record("CREATE", "CarePlan", plan.id, patientId);
        return new PlanView(plan, prescribed, media.mediaOf(prescribed.values()),
                content.shown(prescribed.values(), ExerciseTranslation.ENGLISH));
    }

    /**
     * A re-screen changed the patient's pain types: the safety check runs again on the ACTIVE plan (the exercise
     * versions it pinned), and warnings nobody acknowledged for this plan ask the caring therapist for a review
     * ({@code SafetyReviewRequired}, which progress-service turns into a SAFETY_REVIEW alert).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheckRunningPlan(UUID patientId, UUID screeningId, List<Region> painTypes) {
        Optional<CarePlan> running = plans.currentOf(patientId).filter(CarePlan::isActive);
        if (running.isEmpty()) {
            return;
        }
        CarePlan plan = running.get();
        Map<UUID, Exercise> pinned = pinnedExercises(plan);
        List<SafetyWarning> warnings = SafetyCheck.check(painTypes, plan.items.stream()
                .filter(i -> pinned.containsKey(i.exerciseId()))
                .map(i -> {
                    Exercise e = pinned.get(i.exerciseId());
                    return new SafetyCheck.Item(e.id, e.name, e.tagSet(), i.intensityCap(), i.notWithinMinutesOfWaking());
                }).toList());
        List<SafetyWarning> unreviewed = SafetyCheck.unacknowledged(warnings, Set.of(), plan.acknowledgements());
        if (!unreviewed.isEmpty()) {
            outbox.publish(new SafetyReviewRequired(UUID.randomUUID(), clock.instant(), patientId, plan.id, screeningId,
                    unreviewed.stream().map(w -> new SafetyReviewRequired.Warning(w.code().name(), w.exerciseId()))
                            .toList()));
        }
    }

    /** The patient's current plan (active or paused), audited; 404 when there is none. Its exercises in English. */
    @Transactional
    public PlanView currentPlan(UUID patientId, String readAs) {
        return currentPlan(patientId, readAs, null);
    }

    /**
     * The patient's current plan, each exercise version in {@code locale} where that version is translated into it,
     * else in English (null: English); 422 naming {@code locale} for a language exercises are not read in.
     */
    @Transactional
    public PlanView currentPlan(UUID patientId, String readAs, String locale) {
        ExerciseContent.requireReadable(locale);
        access.checkCanRead(patientId, "Plan");
        CarePlan plan = plans.currentOf(patientId).orElseThrow(() -> ProblemException.notFound("Active plan"));
        audit.read(readAs, plan.id, patientId);
        Map<UUID, Exercise> pinned = pinnedExercises(plan);
        return new PlanView(plan, pinned, media.mediaOf(pinned.values()), content.shown(pinned.values(), locale));
    }

    /** The exercise versions a plan was given. */
    private Map<UUID, Exercise> pinnedExercises(CarePlan plan) {
        Map<UUID, Exercise> pinned = new HashMap<>();
        for (CarePlan.Item item : plan.items) {
            exercises.version(item.exerciseId(), item.exerciseVersion()).ifPresent(e -> pinned.put(e.id, e));
        }
        return pinned;
    }

    private Map<UUID, Exercise> currentExercises(List<ItemDraft> items) {
        List<UUID> ids = items.stream().map(ItemDraft::exerciseId).distinct().toList();
        Map<UUID, Exercise> found = exercises.currentOf(ids).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Problem.FieldError> missing = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!found.containsKey(items.get(i).exerciseId())) {
                missing.add(new Problem.FieldError("items[" + i + "].exerciseId",
                        "no exercise with id " + items.get(i).exerciseId()));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem("validation", "Invalid request", 422,
                    "The plan names exercises that are not in the library", missing));
        }
        return found;
    }
}
