package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.care.CareRelations;
import org.telerehab.registry.domain.CareRelation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    public Optional<CareRelation> relationOf(UUID patientId) {
        return findByIdOptional(patientId);
    }

    /** The therapist caring for each of these patients who is in somebody's care. */
    public Map<UUID, UUID> carersOf(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? Map.of() : list("patientId IN ?1", patientIds).stream()
                .collect(Collectors.toMap(r -> r.patientId, r -> r.therapistId));
    }

    /**
     * The inviting therapist cares for the patient at once, for their access to the profile (program-service records
     * the same from the enrolment and announces it; its event then finds this copy already in place).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(UUID patientId, UUID therapistId, Instant since) {
        upsert(patientId, therapistId, since);
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
