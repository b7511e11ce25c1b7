package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.telerehab.events.codes.AlertType;

import java.time.Instant;
import java.util.UUID;

/** An alert raised by progress-service and not yet resolved. */
@Entity
@Table(name = "open_alert")
public class OpenAlert {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false)
    public AlertType type;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    protected OpenAlert() {
    }

    public OpenAlert(UUID alertId, UUID patientId, AlertType type, Instant raisedAt) {
        this.alertId = alertId;
        this.patientId = patientId;
        this.type = type;
        this.raisedAt = raisedAt;
    }
}
