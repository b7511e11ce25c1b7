package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.telerehab.kit.care.CareRelations;
import org.telerehab.program.domain.CareRelation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The care relations program-service owns; the kit's access rule asks {@link #isCaring} here. */
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

    public List<CareRelation> patientsOf(UUID therapistId) {
        return list("therapistId", Sort.by("since"), therapistId);
    }

    /** Locked until the transaction ends: a transfer by somebody else cannot move one of them meanwhile. */
    public List<CareRelation> lockedPatientsOf(UUID therapistId) {
        return find("therapistId", Sort.by("since"), therapistId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Locked until the transaction ends: a transfer or a release of one patient at a time. */
    public Optional<CareRelation> lockedRelationOf(UUID patientId) {
        return findByIdOptional(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Records the relation unless the patient already has one (two therapists taking the same patient at once: one
     * wins, in the database).
     *
     * @return true when it was recorded by this call
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean assign(UUID patientId, UUID therapistId, Instant since) {
        return getEntityManager().createNativeQuery("INSERT INTO care_relation (patient_id, therapist_id, since)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (patient_id) DO NOTHING")
                .setParameter(1, patientId).setParameter(2, therapistId).setParameter(3, since)
                .executeUpdate() == 1;
    }
}
