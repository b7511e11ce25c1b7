package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.progress.domain.Screening;
import org.telerehab.progress.repository.CareRelationRepository;
import org.telerehab.progress.repository.EpisodeRepository;
import org.telerehab.progress.repository.PatientProgressRepository;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What progress learns from the other services, applied inside the consumer's transaction: who cares for whom, the
 * active plan and its pauses, the episodes and their baseline, the patient's time zone, and safety reviews that
 * become alerts.
 */
@ApplicationScoped
public class ProjectionService {

    private final CareRelationRepository care;
    private final PatientProgressRepository progress;
    private final AlertService alerts;
    private final EpisodeRepository episodes;

    ProjectionService(CareRelationRepository care, PatientProgressRepository progress, AlertService alerts,
                      EpisodeRepository episodes) {
        this.care = care;
        this.progress = progress;
        this.alerts = alerts;
        this.episodes = episodes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void careTaken(PatientTakenIntoCare taken) {
        care.apply(taken);
    }

    /** The patient is back in nobody's care: the former therapist loses access here too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void careReleased(PatientReleased released) {
        care.apply(released);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planAssigned(PlanAssigned plan) {
        String exerciseIds = plan.items().stream().map(i -> "\"" + i.exerciseId() + "\"")
                .distinct().collect(Collectors.joining(",", "[", "]"));
        progress.recordPlan(plan.patientId(), plan.planId(), plan.version(), plan.startDate(), plan.sessionsPerWeek(),
                exerciseIds);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planPaused(PlanPaused paused) {
        progress.pausePlan(paused.patientId(), paused.planId());
    }

    /**
     * The patient was discharged: the episode ends and its plan is completed. The baseline is decided again, in case
     * a screening after the discharge was applied first (the two travel on different topics).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discharged(PatientDischarged discharged) {
        progress.lock(discharged.patientId());
        episodes.addDischarge(discharged.patientId(), discharged.occurredAt());
        if (discharged.planId() != null) {
            progress.completePlan(discharged.patientId(), discharged.planId());
        }
        updateBaseline(discharged.patientId());
    }

    /** The caring therapist recorded a clearance: the red-flag alerts raised up to it are resolved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearanceRecorded(ClearanceRecorded clearance) {
        alerts.clearanceRecorded(clearance);
    }

    /** A re-screen made the running plan raise safety warnings nobody acknowledged: the therapist reviews it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void safetyReviewRequired(SafetyReviewRequired review) {
        alerts.safetyReviewRequired(review);
    }

    /** A screening: the baseline of a new episode, or a re-screen that leaves the running episode's baseline alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screeningCompleted(ScreeningCompleted screening) {
        progress.lock(screening.patientId());
        episodes.addScreening(new Screening(screening.screeningId(), screening.patientId(), screening.occurredAt(),
                screening.baselinePain(), screening.odiPercent(), screening.risk(), screening.startBackTotal(),
                screening.startBackPsychosocial(), screening.painTypes()));
        updateBaseline(screening.patientId());
    }

    /** A re-assessment of the episode, for its outcomes (it never replaces the baseline). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassessmentCompleted(ReassessmentCompleted reassessment) {
        episodes.addReassessment(reassessment);
    }

    /** The patient's days follow their time zone from now on (registry-service: enrolment, a changed preference). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timeZoneKnown(UUID patientId, String timeZone) {
        progress.recordTimeZone(patientId, timeZone);
    }

    private void updateBaseline(UUID patientId) {
        episodes.currentOf(patientId).ifPresent(episode -> progress.setBaseline(patientId, episode.baseline().pain,
                episode.baseline().screenedAt));
    }
}
