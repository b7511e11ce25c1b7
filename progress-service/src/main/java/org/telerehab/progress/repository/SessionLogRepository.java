package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.telerehab.progress.domain.SessionLog;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionLogRepository implements PanacheRepositoryBase<SessionLog, UUID> {

    private static final String INSERT = "INSERT INTO session_log (id, patient_id, plan_id, performed_at, exercises,"
            + " pain_before, pain_after, perceived_intensity, notes, client_request_id, created_at)"
            + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?)";

    /**
     * Stores the log now, so that a second one with the same client request id fails inside the transaction (as
     * Hibernate's ConstraintViolationException, the work's SQL errors being converted as its own). One plain insert
     * on the transaction's connection: a log is never changed once written, so it is not kept as a managed entity
     * (persisting it made Hibernate copy its exercises through JSON for a snapshot and check it again at every flush
     * before the projections' statements: 29 % of the write's samples in the profile, docs/performance-and-faults.md).
     */
    public void add(SessionLog log) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, log.id);
                insert.setObject(2, log.patientId);
                insert.setObject(3, log.planId);
                insert.setObject(4, log.performedAt.atOffset(ZoneOffset.UTC));
                insert.setString(5, exercisesJson(log.exercises));
                insert.setInt(6, log.painBefore);
                insert.setInt(7, log.painAfter);
                insert.setInt(8, log.perceivedIntensity);
                insert.setString(9, log.notes);
                insert.setObject(10, log.clientRequestId, Types.OTHER);
                insert.setObject(11, log.createdAt.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    /** The exercises column as the entity's JSON mapping reads it back (ids and counts only: nothing to escape). */
    static String exercisesJson(List<SessionLog.ExerciseDone> exercises) {
        StringBuilder json = new StringBuilder(64 * exercises.size() + 2).append('[');
        for (SessionLog.ExerciseDone done : exercises) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"exerciseId\":\"").append(done.exerciseId()).append("\",\"setsDone\":")
                    .append(done.setsDone()).append(",\"repsDone\":").append(done.repsDone()).append('}');
        }
        return json.append(']').toString();
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
