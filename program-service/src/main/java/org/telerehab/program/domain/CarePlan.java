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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The plan's weeks in which a re-assessment is due (ReassessmentSchedule), in order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reassessment_weeks", nullable = false)
    public List<Integer> reassessmentWeeks;

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

    /** The red-flag report that paused the plan. */
    @Column(name = "paused_by_report_id")
    public UUID pausedByReportId;

    /** ACTIVE or PAUSED: the plan the patient is on (not one superseded, or completed at a discharge). */
    public boolean isCurrent() {
        return status == PlanStatus.ACTIVE || status == PlanStatus.PAUSED;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public void pause(UUID redFlagReportId, Instant at) {
        status = PlanStatus.PAUSED;
        pausedAt = at;
        pausedByReportId = redFlagReportId;
    }

    /** What the therapist acknowledged when assigning this plan, as the safety check compares it. */
    public Set<SafetyCheck.Acknowledgement> acknowledgements() {
        return acknowledgedWarnings.stream()
                .filter(a -> a.exerciseId() != null)
                .flatMap(a -> codeOf(a.code()).stream().map(code -> new SafetyCheck.Acknowledgement(code, a.exerciseId())))
                .collect(Collectors.toSet());
    }

    private static Optional<WarningCode> codeOf(String code) {
        try {
            return Optional.of(WarningCode.valueOf(code));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }
}
