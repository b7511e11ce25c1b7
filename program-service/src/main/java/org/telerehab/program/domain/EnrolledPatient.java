package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A patient registry-service enrolled (from {@code PatientEnrolled}): known to the clinic before any screening. */
@Entity
@Table(name = "enrolled_patient")
public class EnrolledPatient {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    protected EnrolledPatient() {
    }

    public EnrolledPatient(UUID patientId, Instant enrolledAt) {
        this.patientId = patientId;
        this.enrolledAt = enrolledAt;
    }
}
