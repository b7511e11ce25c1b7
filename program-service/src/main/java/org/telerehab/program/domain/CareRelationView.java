package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** Read-only mapping of the kit's care_relation table, for queries that join it (writes go through CareDirectory). */
@Entity
@Immutable
@Table(name = "care_relation")
public class CareRelationView {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "therapist_id")
    public UUID therapistId;
}
