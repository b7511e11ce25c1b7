package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.care.CareRelations;
import org.telerehab.progress.domain.CareRelation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The copy of program-service's care relations, applied from its events in whatever order they arrive; the kit's
 * access rule asks {@link #isCaring} here.
 */
@ApplicationScoped
public class CareRelationRepository implements PanacheRepositoryBase<CareRelation, UUID>, CareRelations {

    @Override
    @Transactional
    public boolean isCaring(UUID therapistId, UUID patientId) {
        return count("patientId = ?1 AND therapistId = ?2", patientId, therapistId) > 0;
    }

    public List<CareRelation> patientsOf(UUID therapistId) {
        return list("therapistId", Sort.by("since"), therapistId);
    }

    /** The latest relation wins, whatever order the events arrive in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientTakenIntoCare taken) {
        upsert(taken.patientId(), taken.therapistId(), taken.occurredAt());
    }

    /** A release ends the relation it follows, never a later grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientReleased released) {
        delete("patientId = ?1 AND therapistId = ?2 AND since <= ?3", released.patientId(), released.therapistId(),
                released.occurredAt());
    }

    private void upsert(UUID patientId, UUID therapistId, Instant since) {
        getEntityManager().createNativeQuery("INSERT INTO care_relation (patient_id, therapist_id, since)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (patient_id)"
                        + " DO UPDATE SET therapist_id = EXCLUDED.therapist_id, since = EXCLUDED.since"
                        + " WHERE care_relation.since <= EXCLUDED.since")
                .setParameter(1, patientId).setParameter(2, therapistId).setParameter(3, since).executeUpdate();
    }
}
