package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Which therapist cares for a patient, since when: the basis of every therapist's access to the patient's records in
 * every service. program-service owns it; the other services keep a copy from its care events.
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

    protected CareRelation() {
    }

    public CareRelation(UUID patientId, UUID therapistId, Instant since) {
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.since = since;
    }

    /**
     * Hands the patient to another therapist from {@code at} on.
     *
     * @return false when they are already that therapist's (nothing changes)
     */
    public boolean handTo(UUID therapist, Instant at) {
        if (therapistId.equals(therapist)) {
            return false;
        }
        therapistId = therapist;
        since = at;
        return true;
    }
}
