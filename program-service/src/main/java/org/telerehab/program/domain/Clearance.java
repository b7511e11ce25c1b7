package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The caring therapist's record that a physician cleared the patient's red flags; the note stays here. */
@Entity
@Table(name = "clearance")
public class Clearance {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(nullable = false)
    public String note;

    @Column(name = "cleared_at", nullable = false)
    public Instant clearedAt;

    protected Clearance() {
    }

    public Clearance(UUID patientId, UUID therapistId, String note, Instant clearedAt) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.note = note;
        this.clearedAt = clearedAt;
    }
}
