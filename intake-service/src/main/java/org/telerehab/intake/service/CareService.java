package org.telerehab.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.intake.repository.CareRelationRepository;
import org.telerehab.intake.repository.EpisodeRepository;

import java.util.UUID;

/**
 * What intake learns from program-service: who cares for whom (which therapist may read a screening), and the
 * patient's episode (discharges and the current plan: what a re-assessment is measured against, and when it is due).
 */
@ApplicationScoped
public class CareService {

    private final CareRelationRepository care;
    private final EpisodeRepository episodes;

    CareService(CareRelationRepository care, EpisodeRepository episodes) {
        this.care = care;
        this.episodes = episodes;
    }

    /** Applied inside the consumer's transaction; the latest relation wins, whatever order events arrive in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void careTaken(PatientTakenIntoCare taken) {
        care.apply(taken);
    }

    /** The patient is back in nobody's care: the former therapist loses access here too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void careReleased(PatientReleased released) {
        care.apply(released);
    }

    /** The patient's new plan: re-assessments are due in its weeks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAssigned(PlanAssigned plan) {
        episodes.recordPlan(plan, ReassessmentSchedule.weeksOf(plan.reassessmentWeeks()));
    }

    /** The patient's time zone (PatientEnrolled, PatientPreferencesChanged): re-assessments fall due on their days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timeZoneKnown(UUID patientId, String timeZone) {
        if (timeZone != null && !timeZone.isBlank()) {
            episodes.recordTimeZone(patientId, timeZone);
        }
    }

    /** The episode ended: its plan is over, and the next re-assessment waits for a new screening. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discharged(PatientDischarged discharged) {
        episodes.addDischarge(discharged.patientId(), discharged.occurredAt());
        if (discharged.planId() != null) {
            episodes.endPlan(discharged.patientId(), discharged.planId());
        }
    }
}
