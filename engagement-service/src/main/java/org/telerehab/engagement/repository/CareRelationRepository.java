package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.telerehab.engagement.domain.CareRelation;
import org.telerehab.kit.care.CareRelationCopy;

import java.util.Optional;
import java.util.UUID;

/**
 * engagement-service's copy of program-service's care relations (the kit's {@link CareRelationCopy} over its table),
 * with who is told of a patient's red flag and messages.
 */
@ApplicationScoped
public class CareRelationRepository extends CareRelationCopy implements PanacheRepositoryBase<CareRelation, UUID> {

    @Override
    protected EntityManager entityManager() {
        return getEntityManager();
    }

    /** The therapist caring for the patient now, if any. */
    public Optional<UUID> carerOf(UUID patientId) {
        return findByIdOptional(patientId).map(r -> r.therapistId);
    }
}
