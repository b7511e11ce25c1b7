package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.program.domain.DepartedTherapist;

import java.util.UUID;

@ApplicationScoped
public class DepartedTherapistRepository implements PanacheRepositoryBase<DepartedTherapist, UUID> {

    /**
     * Holds the therapist's lock until the transaction ends: a grant of care to them and the release of all their
     * patients never interleave, so no patient is left in the care of somebody who is gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID therapistId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(CAST(?1 AS text), 7))")
                .setParameter(1, therapistId.toString()).getSingleResult();
    }

    /** Whether the therapist's account was closed, asked under their {@linkplain #lock lock}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasLeftLocked(UUID therapistId) {
        lock(therapistId);
        return count("therapistId", therapistId) > 0;
    }

    /** Records the departure once; a replayed event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDeparture(DepartedTherapist departed) {
        getEntityManager().createNativeQuery("INSERT INTO departed_therapist (therapist_id, departed_at)"
                        + " VALUES (?1, ?2) ON CONFLICT (therapist_id) DO NOTHING")
                .setParameter(1, departed.therapistId).setParameter(2, departed.departedAt).executeUpdate();
    }
}
