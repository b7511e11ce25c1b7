package org.telerehab.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.clinical.PatientDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What engagement-service knows of one patient, learnt from events (plans assigned and paused, sessions and check-ins
 * logged, re-assessments completed, the time zone): what their reminders are planned from. Ids, dates and counts only.
 */
@Entity
@Table(name = "patient_rhythm")
public class PatientRhythm {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    /** The patient's IANA zone from registry-service; null (UTC) until it is known. */
    @Column(name = "time_zone")
    public String timeZone;

    /** The active plan, null when there is none (never assigned, or completed at a discharge). */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_start")
    public LocalDate planStart;

    @Column(name = "sessions_per_week")
    public Integer sessionsPerWeek;

    @Column(name = "micro_break_every_minutes")
    public Integer microBreakEveryMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reassessment_weeks")
    public List<Integer> reassessmentWeeks;

    @Column(name = "plan_assigned_at")
    public Instant planAssignedAt;

    /** An emergency red flag paused the plan: no reminder until a new plan is assigned. */
    @Column(nullable = false)
    public boolean paused;

    @Column(nullable = false)
    public boolean discharged;

    /** The latest session or check-in logged. */
    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    @Column(name = "last_reassessment_at")
    public Instant lastReassessmentAt;

    /** The latest session logged (a check-in is activity, not a session). */
    @Column(name = "last_session_at")
    public Instant lastSessionAt;

    /** How far ahead the reminders are planned; null after anything that changes them (the planner plans again). */
    @Column(name = "planned_until")
    public Instant plannedUntil;

    /** Whether there is a plan to remind of: assigned, not paused, not ended by a discharge. */
    public boolean remindable() {
        return planId != null && !paused && !discharged;
    }

    /** What the planner plans from: the patient's days, their preferences, the plan while it is remindable. */
    public PatientSchedule schedule(NotificationPreferences preferences) {
        PatientSchedule.ActivePlan plan = planId == null || discharged ? null : new PatientSchedule.ActivePlan(planId,
                planStart, sessionsPerWeek, microBreakEveryMinutes, reassessmentWeeks, planAssignedAt);
        return new PatientSchedule(PatientDays.of(timeZone), preferences, plan, paused, lastActivityAt,
                lastReassessmentAt == null ? List.of() : List.of(lastReassessmentAt));
    }

    public PatientDays days() {
        return PatientDays.of(timeZone);
    }
}
