package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.registry.domain.Patient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    public boolean emailTaken(String email) {
        return count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * Patients whose names or email contain {@code q} (any case; all when blank), by family then given name.
     *
     * @param caringTherapist null for every patient (an admin); else only the therapist's own and nobody's patients
     * @param nobodysOnly     only patients in nobody's care
     */
    @SuppressWarnings("unchecked")
    public List<Patient> search(String q, UUID caringTherapist, boolean nobodysOnly) {
        String like = "%" + escapeLike(q == null ? "" : q.strip().toLowerCase(Locale.ROOT)) + "%";
        return getEntityManager().createNativeQuery("""
                        SELECT p.* FROM patient p LEFT JOIN care_relation c ON c.patient_id = p.id
                        WHERE (CAST(:therapist AS uuid) IS NULL OR c.therapist_id IS NULL
                               OR c.therapist_id = CAST(:therapist AS uuid))
                          AND (NOT :nobodys OR c.therapist_id IS NULL)
                          AND (lower(p.given_name || ' ' || p.family_name) LIKE :like ESCAPE '\\'
                               OR lower(p.family_name || ' ' || p.given_name) LIKE :like ESCAPE '\\'
                               OR lower(p.email) LIKE :like ESCAPE '\\')
                        ORDER BY p.family_name, p.given_name, p.id""", Patient.class)
                .setParameter("therapist", caringTherapist == null ? null : caringTherapist.toString())
                .setParameter("like", like)
                .setParameter("nobodys", nobodysOnly)
                .getResultList();
    }

    /** {@code q} as a LIKE pattern matches it literally: % and _ are not wildcards. */
    static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
