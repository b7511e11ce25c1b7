package org.telerehab.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.progress.repository.CareRelationRepository;
import org.telerehab.progress.repository.PatientProgressRepository;

import java.util.stream.Collectors;

/**
 * What progress learns from the other services, applied inside the consumer's transaction: who cares for whom, the
 * active plan and its pauses, the baseline pain, and safety reviews that become alerts.
 */
@ApplicationScoped
public class ProjectionService {

    private final CareRelationRepository care;
    private final PatientProgressRepository progress;
    private final AlertService alerts;

    ProjectionService(CareRelationRepository care, PatientProgressRepository progress, AlertService alerts) {
        this.care = care;
        this.progress = progress;
        this.alerts = alerts;
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

    /** The patient was discharged: the episode's plan is completed (a discharge without a plan changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discharged(PatientDischarged discharged) {
        if (discharged.planId() != null) {
            progress.completePlan(discharged.patientId(), discharged.planId());
        }
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void screeningCompleted(ScreeningCompleted screening) {
        progress.recordBaseline(screening.patientId(), screening.baselinePain(), screening.occurredAt());
    }
}
