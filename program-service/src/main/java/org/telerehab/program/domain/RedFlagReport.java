package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.RedFlag;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One report of red flags, from a screening or a check-in: a state, not a field of the newest form (DOMAIN.md,
 * "Added after the first clinical review"). It is OPEN until the caring therapist records a clearance; a later
 * screening without flags never closes it. While any report of a patient is OPEN no new plan may start; an
 * EMERGENCY report also pauses whatever plan is running when it arrives. An OPEN emergency report that no clinician
 * acknowledged within the clinic's escalation time is escalated to the admins.
 */
@Entity
@Table(name = "red_flag_report")
public class RedFlagReport {

    public enum State { OPEN, CLEARED }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RedFlagSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RedFlag.Severity severity;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RedFlag> flags;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "acknowledged_by")
    public UUID acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "clearance_id")
    public UUID clearanceId;

    @Column(name = "cleared_by")
    public UUID clearedBy;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    protected RedFlagReport() {
    }

    /**
     * The report these flags make, or empty when there are none (a screening or check-in without flags reports
     * nothing, and closes nothing).
     */
    public static Optional<RedFlagReport> of(UUID id, UUID patientId, RedFlagSource source,
                                             Collection<RedFlag> flags, Instant reportedAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportedAt, "reportedAt");
        return RedFlag.severityOf(flags).map(severity -> {
            RedFlagReport report = new RedFlagReport();
            report.id = id;
            report.patientId = patientId;
            report.source = source;
            report.severity = severity;
            report.flags = flags.stream().distinct().sorted().toList();
            report.reportedAt = reportedAt;
            return report;
        });
    }

    public State state() {
        return clearanceId == null ? State.OPEN : State.CLEARED;
    }

    public boolean isOpen() {
        return state() == State.OPEN;
    }

    /** An emergency report stops exercise: it pauses the running plan when it arrives, whatever came before. */
    public boolean pausesRunningPlan() {
        return severity == RedFlag.Severity.EMERGENCY;
    }

    /** A clearance closes every open report of the patient; a cleared report stays cleared. */
    public void clear(UUID clearance, UUID therapistId, Instant at) {
        if (isOpen()) {
            clearanceId = Objects.requireNonNull(clearance, "clearance");
            clearedBy = Objects.requireNonNull(therapistId, "therapistId");
            clearedAt = Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The caring therapist has seen the report and acted (e.g. phoned the patient); the report stays OPEN and keeps
     * blocking plans, but is no longer escalated. The first acknowledgement is kept.
     */
    public void acknowledge(UUID therapistId, Instant at) {
        if (isOpen() && acknowledgedAt == null) {
            acknowledgedBy = Objects.requireNonNull(therapistId, "therapistId");
            acknowledgedAt = Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Escalation: an OPEN emergency report that no clinician acknowledged within {@code after} of being reported
     * (reported at or before {@code now - after}), and not escalated yet. A patient in nobody's care (released, or
     * their therapist's account closed) has no clinician to acknowledge it: their report is due at once.
     */
    public boolean dueForEscalation(Instant now, Duration after, boolean inSomebodysCare) {
        Duration wait = inSomebodysCare ? after : Duration.ZERO;
        return isOpen() && severity == RedFlag.Severity.EMERGENCY && acknowledgedAt == null && escalatedAt == null
                && !reportedAt.plus(wait).isAfter(now);
    }

    public void escalate(Instant at) {
        escalatedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The most severe OPEN report among these: EMERGENCY, then REVIEW; empty when none is open (a cleared report no
     * longer ranks or blocks).
     */
    public static Optional<RedFlag.Severity> mostSevereOpen(Collection<RedFlagReport> reports) {
        Optional<RedFlag.Severity> most = Optional.empty();
        for (RedFlagReport report : reports) {
            if (!report.isOpen()) {
                continue;
            }
            if (report.severity == RedFlag.Severity.EMERGENCY) {
                return Optional.of(RedFlag.Severity.EMERGENCY);
            }
            most = Optional.of(RedFlag.Severity.REVIEW);
        }
        return most;
    }

    /** New plans wait while any report is OPEN, whatever its severity. */
    public static boolean blocksNewPlans(Collection<RedFlagReport> reports) {
        return mostSevereOpen(reports).isPresent();
    }
}
