package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.telerehab.kit.care.CareRelationCopy;
import org.telerehab.registry.domain.CareRelation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * registry-service's copy of program-service's care relations (the kit's {@link CareRelationCopy} over its table),
 * with the profiles' queries and the inviting therapist's care from the enrolment.
 */
@ApplicationScoped
public class CareRelationRepository extends CareRelationCopy implements PanacheRepositoryBase<CareRelation, UUID> {

    @Override
    protected EntityManager entityManager() {
        return getEntityManager();
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
}
