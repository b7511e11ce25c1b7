package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A version of a patient's movement-retraining plan. */
@Entity
@Table(name = "care_plan")
public class CarePlan {

    /** One prescribed exercise, pinned to the exercise version it was given with. */
    public record Item(UUID exerciseId, int exerciseVersion, int sets, int reps, int holdSeconds, int intensityCap,
                       Integer notWithinMinutesOfWaking) {
    }

    public record HabitCue(String trigger, String action) {
    }

    /** A safety warning the therapist acknowledged: who, when, and what it said. */
    public record AcknowledgedWarning(String code, UUID exerciseId, String message, UUID by, Instant at) {
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "sessions_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(name = "micro_break_every_minutes")
    public Integer microBreakEveryMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "habit_cues", nullable = false)
    public List<HabitCue> habitCues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "acknowledged_warnings", nullable = false)
    public List<AcknowledgedWarning> acknowledgedWarnings;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "paused_by_alert_id")
    public UUID pausedByAlertId;

    public boolean isCurrent() {
        return status != PlanStatus.SUPERSEDED;
    }

    public void pause(UUID alertId, Instant at) {
        status = PlanStatus.PAUSED;
        pausedAt = at;
        pausedByAlertId = alertId;
    }
}
