package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A therapist whose account an admin closed (from registry-service's {@code TherapistDisabled}). */
@Entity
@Table(name = "departed_therapist")
public class DepartedTherapist {

    @Id
    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "departed_at", nullable = false)
    public Instant departedAt;

    protected DepartedTherapist() {
    }

    public DepartedTherapist(UUID therapistId, Instant departedAt) {
        this.therapistId = therapistId;
        this.departedAt = departedAt;
    }
}
