package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.telerehab.registry.domain.Patient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    public boolean emailTaken(String email) {
        return count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    /** Patients whose names or email contain :like, seen by :therapist (null: everyone), of nobody's if :nobodys. */
    private static final String MATCHES = """
            FROM patient p LEFT JOIN care_relation c ON c.patient_id = p.id
            WHERE (CAST(:therapist AS uuid) IS NULL OR c.therapist_id IS NULL
                   OR c.therapist_id = CAST(:therapist AS uuid))
              AND (NOT :nobodys OR c.therapist_id IS NULL)
              AND (lower(p.given_name || ' ' || p.family_name) LIKE :like ESCAPE '\\'
                   OR lower(p.family_name || ' ' || p.given_name) LIKE :like ESCAPE '\\'
                   OR lower(p.email) LIKE :like ESCAPE '\\')
            """;

    /**
     * One page of the patients whose names or email contain {@code q} (any case; all when blank), by family then
     * given name: only the page is read.
     *
     * @param caringTherapist null for every patient (an admin); else only the therapist's own and nobody's patients
     * @param nobodysOnly     only patients in nobody's care
     * @param offset          how many matches to pass over
     * @param limit           at most this many
     */
    @SuppressWarnings("unchecked")
    public List<Patient> search(String q, UUID caringTherapist, boolean nobodysOnly, int offset, int limit) {
        return matching("SELECT p.* " + MATCHES + " ORDER BY p.family_name, p.given_name, p.id", Patient.class, q,
                caringTherapist, nobodysOnly).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many patients {@link #search} finds in all. */
    public long countMatching(String q, UUID caringTherapist, boolean nobodysOnly) {
        return ((Number) matching("SELECT count(*) " + MATCHES, null, q, caringTherapist, nobodysOnly)
                .getSingleResult()).longValue();
    }

    /** The query over {@link #MATCHES}; {@code result} the entity it reads, null for a scalar. */
    private Query matching(String sql, Class<?> result, String q, UUID caringTherapist, boolean nobodysOnly) {
        String like = "%" + escapeLike(q == null ? "" : q.strip().toLowerCase(Locale.ROOT)) + "%";
        return (result == null ? getEntityManager().createNativeQuery(sql)
                : getEntityManager().createNativeQuery(sql, result))
                .setParameter("therapist", caringTherapist == null ? null : caringTherapist.toString())
                .setParameter("like", like)
                .setParameter("nobodys", nobodysOnly);
    }

    /** {@code q} as a LIKE pattern matches it literally: % and _ are not wildcards. */
    static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
