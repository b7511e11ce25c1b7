package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.clinical.PatientDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One patient's progress projection (the row of {@code patient_progress}): what other services told progress
 * (baseline, active plan) and what the logs added up to. Written only by atomic SQL upserts in
 * {@code PatientProgressRepository}, so that concurrent logs never lose an update; read-only here.
 */
@Entity
@Immutable
@Table(name = "patient_progress")
public class PatientProgress {

    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";
    public static final String COMPLETED = "COMPLETED";

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "baseline_pain")
    public Integer baselinePain;

    @Column(name = "baseline_at")
    public Instant baselineAt;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_version")
    public Integer planVersion;

    /** ACTIVE, PAUSED, COMPLETED (the patient was discharged), or null without a plan. */
    @Column(name = "plan_status")
    public String planStatus;

    @Column(name = "plan_start_date")
    public LocalDate planStartDate;

    @Column(name = "sessions_per_week")
    public Integer sessionsPerWeek;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "plan_exercise_ids")
    public List<UUID> planExerciseIds;

    @Column(name = "latest_pain")
    public Integer latestPain;

    @Column(name = "latest_pain_at")
    public Instant latestPainAt;

    @Column(name = "sessions_logged", nullable = false)
    public long sessionsLogged;

    @Column(name = "last_session_at")
    public Instant lastSessionAt;

    @Column(name = "last_flare_day")
    public LocalDate lastFlareDay;

    /** The patient's IANA time zone (registry-service), null while unknown: see {@link #days()}. */
    @Column(name = "time_zone")
    public String timeZone;

    protected PatientProgress() {
    }

    /** A patient nothing is known of yet. */
    public static PatientProgress empty(UUID patientId) {
        PatientProgress progress = new PatientProgress();
        progress.patientId = patientId;
        progress.planExerciseIds = List.of();
        return progress;
    }

    public boolean hasActivePlan() {
        return ACTIVE.equals(planStatus);
    }

    /** The patient's own calendar days (UTC while their time zone is unknown). */
    public PatientDays days() {
        return PatientDays.of(timeZone);
    }

    public List<UUID> planExercises() {
        return planExerciseIds == null ? List.of() : planExerciseIds;
    }

    /** What the progress figures need; a plan counts only with both its rhythm and its start. */
    public PatientSummary toSummary() {
        boolean hasPlan = sessionsPerWeek != null && planStartDate != null;
        return new PatientSummary(baselinePain, hasPlan ? sessionsPerWeek : null, hasPlan ? planStartDate : null,
                latestPain, sessionsLogged, lastSessionAt);
    }
}
