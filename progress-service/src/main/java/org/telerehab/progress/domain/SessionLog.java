package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session a patient logged against their active plan. */
@Entity
@Table(name = "session_log")
public class SessionLog {

    public record ExerciseDone(UUID exerciseId, int setsDone, int repsDone) {
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "performed_at", nullable = false)
    public Instant performedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ExerciseDone> exercises;

    @Column(name = "pain_before", nullable = false)
    public int painBefore;

    @Column(name = "pain_after", nullable = false)
    public int painAfter;

    @Column(name = "perceived_intensity", nullable = false)
    public int perceivedIntensity;

    public String notes;

    @Column(name = "client_request_id")
    public UUID clientRequestId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
