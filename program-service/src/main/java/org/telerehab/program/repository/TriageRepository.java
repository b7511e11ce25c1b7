package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.TriageEntry;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, UUID> {

    /** Patients in nobody's care, and patients in this therapist's care; never another therapist's. */
    public List<TriageEntry> visibleTo(UUID therapistId) {
        return getEntityManager().createQuery(
                        "SELECT t FROM TriageEntry t WHERE NOT EXISTS (SELECT 1 FROM CareRelation c"
                                + " WHERE c.patientId = t.patientId AND c.therapistId <> :therapist)",
                        TriageEntry.class)
                .setParameter("therapist", therapistId)
                .getResultList();
    }
}
