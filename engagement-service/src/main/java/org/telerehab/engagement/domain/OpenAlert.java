package org.telerehab.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An alert progress-service raised and has not resolved: counted by the therapists' daily digest. */
@Entity
@Table(name = "open_alert")
public class OpenAlert {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "alert_type", nullable = false)
    public String alertType;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
}
