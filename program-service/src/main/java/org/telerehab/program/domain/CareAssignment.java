package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A patient in a therapist's care. */
@Entity
@Table(name = "care_assignment")
public class CareAssignment {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(nullable = false)
    public Instant since;

    protected CareAssignment() {
    }

    public CareAssignment(UUID patientId, UUID therapistId, Instant since) {
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.since = since;
    }

    public boolean isCaredForBy(UUID therapist) {
        return therapistId.equals(therapist);
    }
}
