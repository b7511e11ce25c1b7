package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.PatientRhythm;
import org.telerehab.engagement.repository.PatientRhythmRepository;
import org.telerehab.engagement.repository.ReminderRepository;
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
 * Keeps {@link PatientRhythm} from the events engagement-service consumes; any change forgets the patient's pending
 * reminders, which the planner plans again from what is now known. Each event changes only the columns it is
 * about, so events of different topics (which have no order between them) never undo each other; within a topic a
 * patient's events arrive in order.
 */
@ApplicationScoped
public class RhythmProjection {

    private final PatientRhythmRepository rhythms;
    private final ReminderRepository reminders;

    RhythmProjection(PatientRhythmRepository rhythms, ReminderRepository reminders) {
        this.rhythms = rhythms;
        this.reminders = reminders;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientEnrolled enrolled) {
        changed(enrolled.patientId()).timeZone = enrolled.timeZone();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientPreferencesChanged changed) {
        changed(changed.patientId()).timeZone = changed.timeZone();
    }

    /** A new plan version supersedes the old one, paused or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PlanAssigned plan) {
        PatientRhythm rhythm = changed(plan.patientId());
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
            forgetPlanned(rhythm).paused = true;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientDischarged discharged) {
        changed(discharged.patientId()).discharged = true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SessionLogged logged) {
        PatientRhythm rhythm = activity(logged.patientId(), logged.occurredAt());
        rhythm.lastSessionAt = latest(rhythm.lastSessionAt, logged.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CheckInLogged logged) {
        activity(logged.patientId(), logged.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReassessmentCompleted completed) {
        PatientRhythm rhythm = changed(completed.patientId());
        rhythm.lastReassessmentAt = latest(rhythm.lastReassessmentAt, completed.occurredAt());
    }

    /** The patient changed how they want to be reminded: planned again (a therapist has no rhythm: nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void preferencesChanged(UUID personId) {
        rhythms.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE).ifPresent(this::forgetPlanned);
    }

    private PatientRhythm activity(UUID patientId, Instant at) {
        PatientRhythm rhythm = changed(patientId);
        rhythm.lastActivityAt = latest(rhythm.lastActivityAt, at);
        return rhythm;
    }

    /**
     * The patient's row, about to change what they are reminded of: what was planned and not yet sent is forgotten
     * and planned again (a session logged cancels the nudge it makes pointless; a pause stops everything).
     */
    private PatientRhythm changed(UUID patientId) {
        return forgetPlanned(rhythms.forUpdate(patientId));
    }

    /** Forgets what was planned and not yet sent for this (locked) patient: the planner plans it again. */
    private PatientRhythm forgetPlanned(PatientRhythm rhythm) {
        reminders.forgetPending(rhythm.patientId);
        rhythm.plannedUntil = null;
        return rhythm;
    }

    private static Instant latest(Instant known, Instant at) {
        return known == null || at.isAfter(known) ? at : known;
    }
}
