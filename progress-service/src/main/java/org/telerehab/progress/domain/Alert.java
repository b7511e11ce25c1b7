package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.telerehab.events.codes.AlertType;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert for the caring therapist. Opened and resolved by single SQL statements in {@code AlertRepository}: a
 * partial unique index lets at most one alert of a type be open per patient (once per episode), whichever replica
 * or request raises it; read-only here.
 */
@Entity
@Immutable
@Table(name = "alert")
public class Alert {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertType type;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    /** Figures, codes and dates only: never names or the patient's notes. */
    @Column(nullable = false)
    public String detail;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public UUID resolvedBy;

    protected Alert() {
    }
}
