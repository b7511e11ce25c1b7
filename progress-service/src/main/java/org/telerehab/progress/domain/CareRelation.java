package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * progress-service's copy of who cares for whom, kept from program-service's care events (program-service owns the
 * relations): it decides which therapist may read a patient's progress, and whose patients a caseload holds.
 */
@Entity
@Table(name = "care_relation")
public class CareRelation {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(nullable = false)
    public Instant since;
}
