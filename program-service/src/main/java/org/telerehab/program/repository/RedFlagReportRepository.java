package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.telerehab.program.domain.RedFlagReport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RedFlagReportRepository implements PanacheRepositoryBase<RedFlagReport, UUID> {

    /** Every report of the patient, newest first. */
    public List<RedFlagReport> historyOf(UUID patientId) {
        return list("patientId", Sort.descending("reportedAt").and("id"), patientId);
    }

    /** The patient's OPEN reports, locked until commit so that a clearance and a new report cannot interleave. */
    public List<RedFlagReport> openForUpdate(UUID patientId) {
        return find("patientId = ?1 and clearanceId is null", Sort.ascending("reportedAt").and("id"), patientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<RedFlagReport> openOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return list("patientId in ?1 and clearanceId is null", Sort.ascending("reportedAt").and("id"), patientIds);
    }

    public boolean anyOpen(UUID patientId) {
        return count("patientId = ?1 and clearanceId is null", patientId) > 0;
    }

    /**
     * Open emergency reports nobody acknowledged or escalated, reported at or before {@code reportedBy} or of a
     * patient in nobody's care; locked and skipped by other replicas running the same check, so each is escalated
     * once.
     */
    @SuppressWarnings("unchecked")
    public List<RedFlagReport> unactedEmergenciesReportedBy(Instant reportedBy, int limit) {
        return getEntityManager().createNativeQuery("SELECT * FROM red_flag_report r WHERE clearance_id IS NULL"
                        + " AND severity = 'EMERGENCY' AND acknowledged_at IS NULL AND escalated_at IS NULL"
                        + " AND (reported_at <= ?1"
                        + " OR NOT EXISTS (SELECT 1 FROM care_relation c WHERE c.patient_id = r.patient_id))"
                        + " ORDER BY reported_at LIMIT ?2 FOR UPDATE OF r SKIP LOCKED",
                        RedFlagReport.class)
                .setParameter(1, Timestamp.from(reportedBy)).setParameter(2, limit)
                .getResultList();
    }

    /** Escalated reports still open, oldest first: what the clinic's admins must see. */
    public List<RedFlagReport> openEscalated() {
        return list("clearanceId is null and escalatedAt is not null", Sort.ascending("reportedAt").and("id"));
    }
}
