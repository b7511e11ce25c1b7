package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.codes.AlertType;
import org.telerehab.progress.domain.Alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, UUID> {

    /**
     * Opens an alert unless one of the type is open for the patient (once per episode, decided by the partial unique
     * index {@code alert_one_open_per_type}, so that concurrent requests and replicas agree).
     *
     * @return true when this opened a new one
     */
    public boolean open(UUID alertId, UUID patientId, AlertType type, Instant at, String detail) {
        return getEntityManager().createNativeQuery("INSERT INTO alert (id, patient_id, type, raised_at, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (patient_id, type) WHERE resolved_at IS NULL DO NOTHING")
                .setParameter(1, alertId).setParameter(2, patientId).setParameter(3, type.name())
                .setParameter(4, Timestamp.from(at)).setParameter(5, detail).executeUpdate() == 1;
    }

    /** @return true when this resolved it; false when it was resolved already */
    public boolean resolve(UUID alertId, UUID by, Instant at) {
        return getEntityManager().createNativeQuery("UPDATE alert SET resolved_at = ?3, resolved_by = ?2"
                        + " WHERE id = ?1 AND resolved_at IS NULL")
                .setParameter(1, alertId).setParameter(2, by).setParameter(3, Timestamp.from(at)).executeUpdate() == 1;
    }

    /**
     * Resolves the patient's open alerts of these types raised at or before {@code raisedBy}.
     *
     * @return the alerts this resolved
     */
    @SuppressWarnings("unchecked")
    public List<Alert> resolveOpen(UUID patientId, Collection<AlertType> types, Instant raisedBy, UUID by, Instant at) {
        List<UUID> resolved = getEntityManager().createNativeQuery("UPDATE alert SET resolved_at = ?4, resolved_by = ?3"
                        + " WHERE patient_id = ?1 AND resolved_at IS NULL AND type = ANY(?2) AND raised_at <= ?5"
                        + " RETURNING id")
                .setParameter(1, patientId).setParameter(2, types.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(3, by).setParameter(4, Timestamp.from(at)).setParameter(5, Timestamp.from(raisedBy))
                .getResultList();
        return resolved.isEmpty() ? List.of() : list("id in ?1", resolved);
    }

    /** Every alert raised for the patient from {@code from} to {@code to} (inclusive; null: until now), oldest first. */
    public List<Alert> raisedBetween(UUID patientId, Instant from, Instant to) {
        return to == null
                ? list("patientId = ?1 and raisedAt >= ?2", Sort.ascending("raisedAt"), patientId, from)
                : list("patientId = ?1 and raisedAt >= ?2 and raisedAt <= ?3", Sort.ascending("raisedAt"), patientId,
                        from, to);
    }

    /** The open alerts of these patients, oldest first. */
    public Map<UUID, List<Alert>> openOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return list("patientId in ?1 and resolvedAt is null", Sort.ascending("raisedAt"), patientIds).stream()
                .collect(Collectors.groupingBy(a -> a.patientId));
    }
}
