package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.PlanStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CarePlanRepository implements PanacheRepositoryBase<CarePlan, UUID> {

    private static final List<PlanStatus> CURRENT = List.of(PlanStatus.ACTIVE, PlanStatus.PAUSED);

    /** The patient's current plan (ACTIVE or PAUSED), if any. */
    public Optional<CarePlan> currentOf(UUID patientId) {
        return find("patientId = ?1 and status in ?2", patientId, CURRENT).firstResultOptional();
    }

    /** The same, locked until commit, so two assignments for one patient cannot both supersede it. */
    public Optional<CarePlan> currentForUpdate(UUID patientId) {
        return find("patientId = ?1 and status in ?2", patientId, CURRENT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public int latestVersion(UUID patientId) {
        Integer max = getEntityManager().createQuery(
                        "SELECT max(p.version) FROM CarePlan p WHERE p.patientId = :patient", Integer.class)
                .setParameter("patient", patientId).getSingleResult();
        return max == null ? 0 : max;
    }

    public List<CarePlan> currentOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return list("patientId in ?1 and status in ?2", patientIds, CURRENT);
    }
}
