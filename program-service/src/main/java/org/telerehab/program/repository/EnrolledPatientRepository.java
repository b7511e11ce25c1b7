package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.EnrolledPatient;

import java.util.UUID;

@ApplicationScoped
public class EnrolledPatientRepository implements PanacheRepositoryBase<EnrolledPatient, UUID> {

    /** Known to the clinic: enrolled by registry-service, or screened (a triage entry). */
    public boolean isKnown(UUID patientId) {
        return (Boolean) getEntityManager().createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM enrolled_patient WHERE patient_id = ?1)"
                                + " OR EXISTS (SELECT 1 FROM triage_entry WHERE patient_id = ?1)", Boolean.class)
                .setParameter(1, patientId).getSingleResult();
    }

    /** Records an enrolment once; a replayed event changes nothing. */
    public void recordEnrolment(EnrolledPatient enrolled) {
        getEntityManager().createNativeQuery("INSERT INTO enrolled_patient (patient_id, enrolled_at) VALUES (?1, ?2)"
                        + " ON CONFLICT (patient_id) DO NOTHING")
                .setParameter(1, enrolled.patientId).setParameter(2, enrolled.enrolledAt).executeUpdate();
    }
}
