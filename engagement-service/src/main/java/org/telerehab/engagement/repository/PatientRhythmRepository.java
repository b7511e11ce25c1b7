package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.HibernateHints;
import org.telerehab.engagement.domain.PatientRhythm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What engagement-service knows of each patient, one row each, made on the first event about them. */
@ApplicationScoped
public class PatientRhythmRepository implements PanacheRepositoryBase<PatientRhythm, UUID> {

    /** The patient's row, locked for the event being applied; a new one when this is the first event about them. */
    public PatientRhythm forUpdate(UUID patientId) {
        getEntityManager().createNativeQuery("INSERT INTO patient_rhythm (patient_id) VALUES (?1)"
                + " ON CONFLICT (patient_id) DO NOTHING").setParameter(1, patientId).executeUpdate();
        return findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Up to {@code limit} patients with a plan to remind of whose reminders are planned until before
     * {@code plannedBefore} (never planned first), locked for this transaction; rows another replica is planning are
     * skipped.
     */
    @SuppressWarnings("unchecked")
    public List<PatientRhythm> toPlan(Instant plannedBefore, int limit) {
        return getEntityManager().createNativeQuery("SELECT * FROM patient_rhythm"
                        + " WHERE plan_id IS NOT NULL AND NOT paused AND NOT discharged"
                        + " AND (planned_until IS NULL OR planned_until < ?1)"
                        + " ORDER BY planned_until NULLS FIRST LIMIT ?2 FOR UPDATE SKIP LOCKED", PatientRhythm.class)
                .setParameter(1, plannedBefore).setParameter(2, limit)
                // read, never changed through the entities: markPlanned writes the batch in one statement
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** These patients' reminders are planned until {@code until}: one statement for a whole batch. */
    public void markPlanned(Collection<UUID> patientIds, Instant until) {
        if (!patientIds.isEmpty()) {
            getEntityManager().createNativeQuery("UPDATE patient_rhythm SET planned_until = ?1"
                    + " WHERE patient_id IN (?2)").setParameter(1, until).setParameter(2, patientIds).executeUpdate();
        }
    }

    public Map<UUID, PatientRhythm> byId(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? Map.of() : list("patientId IN ?1", patientIds).stream()
                .collect(Collectors.toMap(r -> r.patientId, r -> r));
    }
}
