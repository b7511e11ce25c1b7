package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.telerehab.engagement.domain.NotificationPreferences;
import org.telerehab.engagement.domain.PatientRhythm;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What engagement-service knows of each patient, one row each, made on the first event about them. */
@ApplicationScoped
public class PatientRhythmRepository implements PanacheRepositoryBase<PatientRhythm, UUID> {

    /** The patient's row, locked for the event being applied; a new one when this is the first event about them. */
    public PatientRhythm forUpdate(UUID patientId) {
        getEntityManager().createNativeQuery("INSERT INTO patient_rhythm (patient_id) VALUES (?1)"
                + " ON CONFLICT (patient_id) DO NOTHING").setParameter(1, patientId).executeUpdate();
        return findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The re-assessment weeks as an int[] (null when none: the planner takes null and empty alike). */
    private static final String WEEKS = "CASE WHEN jsonb_typeof(r.reassessment_weeks) = 'array'"
            + " THEN ARRAY(SELECT w::int FROM jsonb_array_elements_text(r.reassessment_weeks) WITH ORDINALITY"
            + " AS e (w, n) ORDER BY n) END";

    /** A patient claimed for planning: what their reminders are planned from, and until when they were planned. */
    public record ToPlan(PatientRhythm rhythm, NotificationPreferences preferences, Instant plannedUntilBefore) {
    }

    /**
     * Claims up to {@code limit} patients with a plan to remind of whose reminders are planned until before
     * {@code plannedBefore} (never planned first) and marks them planned until {@code until}, in one statement: the
     * rows are locked for this transaction (rows another replica is planning are skipped), so the caller plans them
     * before it commits; a rollback leaves them as they were. Each comes with its preferences (the defaults without a
     * row) and the previous {@code planned_until}. The rhythms are copies read for planning, never managed entities.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ToPlan> claimToPlan(Instant plannedBefore, Instant until, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<ToPlan> claimed = new ArrayList<>(limit);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            // joined by the locked rows' ctid and each preference looked up by its key, the limit written out (the
            // prepared statement's generic plan then knows it): a batch costs the same however many patients there
            // are (joined by patient_id, or with the limit a parameter, PostgreSQL hashes the whole table each time)
            try (PreparedStatement claim = connection.prepareStatement("WITH due AS (SELECT ctid, planned_until"
                    + " FROM patient_rhythm WHERE plan_id IS NOT NULL AND NOT paused AND NOT discharged"
                    + " AND (planned_until IS NULL OR planned_until < ?)"
                    + " ORDER BY planned_until NULLS FIRST LIMIT " + limit + " FOR UPDATE SKIP LOCKED),"
                    + " claimed AS (UPDATE patient_rhythm r SET planned_until = ? FROM due WHERE r.ctid = due.ctid"
                    + " RETURNING r.patient_id, r.time_zone, r.plan_id, r.plan_start, r.sessions_per_week,"
                    + " r.micro_break_every_minutes, " + WEEKS + " AS weeks, r.plan_assigned_at,"
                    + " r.last_activity_at, r.last_reassessment_at, r.last_session_at, due.planned_until)"
                    + " SELECT c.*, p.person_id, p.email, p.reminder_time, p.work_from, p.work_to FROM claimed c"
                    + " LEFT JOIN LATERAL (SELECT * FROM notification_preferences WHERE person_id = c.patient_id"
                    + " LIMIT 1) p ON true")) {
                claim.setObject(1, at(plannedBefore));
                claim.setObject(2, at(until));
                try (ResultSet row = claim.executeQuery()) {
                    while (row.next()) {
                        claimed.add(toPlan(row));
                    }
                }
            }
        });
        return claimed;
    }

    private static ToPlan toPlan(ResultSet row) throws SQLException {
        PatientRhythm rhythm = new PatientRhythm();
        rhythm.patientId = row.getObject(1, UUID.class);
        rhythm.timeZone = row.getString(2);
        rhythm.planId = row.getObject(3, UUID.class);
        rhythm.planStart = row.getObject(4, LocalDate.class);
        rhythm.sessionsPerWeek = row.getObject(5, Integer.class);
        rhythm.microBreakEveryMinutes = row.getObject(6, Integer.class);
        Array weeks = row.getArray(7);
        rhythm.reassessmentWeeks = weeks == null ? null : List.of((Integer[]) weeks.getArray());
        rhythm.planAssignedAt = instant(row, 8);
        rhythm.lastActivityAt = instant(row, 9);
        rhythm.lastReassessmentAt = instant(row, 10);
        rhythm.lastSessionAt = instant(row, 11);
        Instant plannedUntilBefore = instant(row, 12);
        NotificationPreferences preferences = row.getObject(13, UUID.class) == null ? NotificationPreferences.DEFAULT
                : NotificationPreferences.of(row.getBoolean(14), row.getObject(15, LocalTime.class),
                row.getObject(16, LocalTime.class), row.getObject(17, LocalTime.class));
        return new ToPlan(rhythm, preferences, plannedUntilBefore);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public Map<UUID, PatientRhythm> byId(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? Map.of() : list("patientId IN ?1", patientIds).stream()
                .collect(Collectors.toMap(r -> r.patientId, r -> r));
    }
}
