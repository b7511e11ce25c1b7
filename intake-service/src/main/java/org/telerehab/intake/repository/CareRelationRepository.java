package org.telerehab.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.telerehab.intake.domain.CareRelation;
import org.telerehab.kit.care.CareRelationCopy;

import java.util.UUID;

/** intake-service's copy of program-service's care relations: the kit's {@link CareRelationCopy} over its table. */
@ApplicationScoped
public class CareRelationRepository extends CareRelationCopy implements PanacheRepositoryBase<CareRelation, UUID> {

    @Override
    protected EntityManager entityManager() {
        return getEntityManager();
    }
}
