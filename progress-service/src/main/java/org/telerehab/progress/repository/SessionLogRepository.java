package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.progress.domain.SessionLog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionLogRepository implements PanacheRepositoryBase<SessionLog, UUID> {

    /** Stores the log now, so that a second one with the same client request id fails inside the transaction. */
    public void add(SessionLog log) {
        persistAndFlush(log);
    }

    public Optional<SessionLog> byClientRequest(UUID patientId, UUID clientRequestId) {
        return find("patientId = ?1 and clientRequestId = ?2", patientId, clientRequestId).firstResultOptional();
    }

    /** The sessions performed in [from, to), newest first: a therapist's reading of the history. */
    public List<SessionLog> newestFirst(UUID patientId, Instant from, Instant to) {
        return list("patientId = ?1 and performedAt >= ?2 and performedAt < ?3",
                Sort.descending("performedAt").and("id"), patientId, from, to);
    }

    /** Every session, oldest first: for the FHIR export, which is a full history by nature. */
    public List<SessionLog> historyOf(UUID patientId) {
        return list("patientId", Sort.ascending("performedAt"), patientId);
    }
}
