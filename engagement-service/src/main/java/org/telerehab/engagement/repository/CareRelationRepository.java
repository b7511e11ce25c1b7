package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.CareRelation;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.care.CareRelations;

import java.util.Optional;
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

    /** The therapist caring for the patient now, if any. */
    public Optional<UUID> carerOf(UUID patientId) {
        return findByIdOptional(patientId).map(r -> r.therapistId);
    }

    /** The latest relation wins, whatever order the events arrive in (a transfer is a newer grant). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientTakenIntoCare taken) {
        getEntityManager().createNativeQuery("INSERT INTO care_relation (patient_id, therapist_id, since)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (patient_id)"
                        + " DO UPDATE SET therapist_id = EXCLUDED.therapist_id, since = EXCLUDED.since"
                        + " WHERE care_relation.since <= EXCLUDED.since")
                .setParameter(1, taken.patientId()).setParameter(2, taken.therapistId())
                .setParameter(3, taken.occurredAt()).executeUpdate();
    }

    /** A release ends the relation it follows, never a later grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PatientReleased released) {
        delete("patientId = ?1 AND therapistId = ?2 AND since <= ?3", released.patientId(), released.therapistId(),
                released.occurredAt());
    }
}
