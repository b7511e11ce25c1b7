package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.PatientRhythm;
import org.telerehab.engagement.repository.PatientRhythmRepository;
import org.telerehab.events.CheckInLogged;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.SessionLogged;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps {@link PatientRhythm} from the events engagement-service consumes. Each event changes only the columns it is
 * about, so events of different topics (which have no order between them) never undo each other; within a topic a
 * patient's events arrive in order.
 */
@ApplicationScoped
public class RhythmProjection {

    private final PatientRhythmRepository rhythms;

    RhythmProjection(PatientRhythmRepository rhythms) {
        this.rhythms = rhythms;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientEnrolled enrolled) {
        rhythms.forUpdate(enrolled.patientId()).timeZone = enrolled.timeZone();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientPreferencesChanged changed) {
        rhythms.forUpdate(changed.patientId()).timeZone = changed.timeZone();
    }

    /** A new plan version supersedes the old one, paused or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PlanAssigned plan) {
        PatientRhythm rhythm = rhythms.forUpdate(plan.patientId());
        rhythm.planId = plan.planId();
        rhythm.planStart = plan.startDate();
        rhythm.sessionsPerWeek = plan.sessionsPerWeek();
        rhythm.microBreakEveryMinutes = plan.microBreakEveryMinutes();
        rhythm.reassessmentWeeks = plan.reassessmentWeeks();
        rhythm.planAssignedAt = plan.occurredAt();
        rhythm.paused = false;
        rhythm.discharged = false;
    }

    /** Only the plan it names: a pause of a plan already superseded changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PlanPaused paused) {
        PatientRhythm rhythm = rhythms.forUpdate(paused.patientId());
        if (paused.planId() != null && paused.planId().equals(rhythm.planId)) {
            rhythm.paused = true;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientDischarged discharged) {
        rhythms.forUpdate(discharged.patientId()).discharged = true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SessionLogged logged) {
        activity(logged.patientId(), logged.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CheckInLogged logged) {
        activity(logged.patientId(), logged.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReassessmentCompleted completed) {
        PatientRhythm rhythm = rhythms.forUpdate(completed.patientId());
        rhythm.lastReassessmentAt = latest(rhythm.lastReassessmentAt, completed.occurredAt());
    }

    private void activity(UUID patientId, Instant at) {
        PatientRhythm rhythm = rhythms.forUpdate(patientId);
        rhythm.lastActivityAt = latest(rhythm.lastActivityAt, at);
    }

    private static Instant latest(Instant known, Instant at) {
        return known == null || at.isAfter(known) ? at : known;
    }
}
