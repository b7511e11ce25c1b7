package org.telerehab.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * registry-service's copy of who cares for whom, kept from program-service's care events (program-service owns the
 * relations): it decides which therapist may see a profile.
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
