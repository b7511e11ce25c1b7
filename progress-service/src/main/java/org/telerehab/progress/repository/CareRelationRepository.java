package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.telerehab.kit.care.CareRelationCopy;
import org.telerehab.progress.domain.CareRelation;

import java.util.List;
import java.util.UUID;

/**
 * progress-service's copy of program-service's care relations (the kit's {@link CareRelationCopy} over its table),
 * with the caseload query.
 */
@ApplicationScoped
public class CareRelationRepository extends CareRelationCopy implements PanacheRepositoryBase<CareRelation, UUID> {

    @Override
    protected EntityManager entityManager() {
        return getEntityManager();
    }

    public List<CareRelation> patientsOf(UUID therapistId) {
        return list("therapistId", Sort.by("since"), therapistId);
    }
}
