package org.telerehab.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * engagement-service's copy of who cares for whom, kept from program-service's care events: who is told of a
 * patient's red flag, and who may read and write the patient's messages.
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
