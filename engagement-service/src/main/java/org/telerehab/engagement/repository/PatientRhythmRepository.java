package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.telerehab.engagement.domain.PatientRhythm;

import java.util.UUID;

/** What engagement-service knows of each patient, one row each, made on the first event about them. */
@ApplicationScoped
public class PatientRhythmRepository implements PanacheRepositoryBase<PatientRhythm, UUID> {

    /** The patient's row, locked for the event being applied; a new one when this is the first event about them. */
    public PatientRhythm forUpdate(UUID patientId) {
        getEntityManager().createNativeQuery("INSERT INTO patient_rhythm (patient_id) VALUES (?1)"
                + " ON CONFLICT (patient_id) DO NOTHING").setParameter(1, patientId).executeUpdate();
        return findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }
}
