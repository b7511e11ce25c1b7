package org.telerehab.kit.care;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;

import java.time.Instant;
import java.util.UUID;

/**
 * A service's copy of program-service's care relations, applied from its events in whatever order they arrive; the
 * kit's access rule asks {@link #isCaring} here. Written once for the services that keep such a copy: each keeps its
 * own {@code care_relation} table (patient_id primary key, therapist_id, since; made by its own migration) and entity,
 * and its repository extends this class as a Panache repository of that entity, adding its own queries.
 * program-service owns the relations and does not use it.
 *
 * <p>Not a bean by itself (it is abstract): the service's repository is the one {@link CareRelations} bean.
 */
public abstract class CareRelationCopy implements CareRelations {

    /** The service's entity manager: the repository's {@code getEntityManager()}. */
    protected abstract EntityManager entityManager();

    @Override
    @Transactional
    public boolean isCaring(UUID therapistId, UUID patientId) {
        Number count = (Number) entityManager()
                .createNativeQuery("SELECT count(*) FROM care_relation WHERE patient_id = ?1 AND therapist_id = ?2")
                .setParameter(1, patientId).setParameter(2, therapistId).getSingleResult();
        return count.longValue() > 0;
    }

    /** The latest relation wins, whatever order the events arrive in (a transfer is a newer grant). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientTakenIntoCare taken) {
        upsert(taken.patientId(), taken.therapistId(), taken.occurredAt());
    }

    /** A release ends the relation it follows, never a later grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientReleased released) {
        entityManager().createNativeQuery("DELETE FROM care_relation"
                        + " WHERE patient_id = ?1 AND therapist_id = ?2 AND since <= ?3")
                .setParameter(1, released.patientId()).setParameter(2, released.therapistId())
                .setParameter(3, released.occurredAt()).executeUpdate();
    }

    /**
     * The therapist cares for the patient since then, unless the copy already holds a later relation: one atomic
     * upsert, so events applied concurrently or out of order leave the latest.
     */
    protected void upsert(UUID patientId, UUID therapistId, Instant since) {
        entityManager().createNativeQuery("INSERT INTO care_relation (patient_id, therapist_id, since)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (patient_id)"
                        + " DO UPDATE SET therapist_id = EXCLUDED.therapist_id, since = EXCLUDED.since"
                        + " WHERE care_relation.since <= EXCLUDED.since")
                .setParameter(1, patientId).setParameter(2, therapistId).setParameter(3, since).executeUpdate();
    }
}
