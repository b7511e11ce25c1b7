package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.clinical.PatientDays;
import org.telerehab.progress.domain.PatientProgress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The progress projection rows. Every change is one atomic SQL statement (concurrent logs for one patient never lose
 * an update, and a late event never overwrites a newer fact); reads are plain queries, bounded by the patients asked
 * for, never by the length of their history.
 */
@ApplicationScoped
public class PatientProgressRepository implements PanacheRepositoryBase<PatientProgress, UUID> {

    public PatientProgress progressOf(UUID patientId) {
        return findByIdOptional(patientId).orElseGet(() -> PatientProgress.empty(patientId));
    }

    public Map<UUID, PatientProgress> progressOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return list("patientId in ?1", patientIds).stream()
                .collect(Collectors.toMap(p -> p.patientId, Function.identity()));
    }

    /** Patients whose plan is active and started on or before this day: candidates for the scheduled checks. */
    public List<UUID> activePlansStartedBy(LocalDate day) {
        return getEntityManager().createQuery("SELECT p.patientId FROM PatientProgress p"
                        + " WHERE p.planStatus = :status AND p.planStartDate <= :day", UUID.class)
                .setParameter("status", PatientProgress.ACTIVE).setParameter("day", day).getResultList();
    }

    // --- facts from other services -------------------------------------------------------------------------

    /**
     * Locks the patient's row (creating it) until the transaction ends: the consumers that decide the episode's
     * baseline from facts of two topics take it first, so neither decides without seeing the other's fact.
     */
    public void lock(UUID patientId) {
        ensureRow(patientId);
        getEntityManager().createNativeQuery("SELECT 1 FROM patient_progress WHERE patient_id = ?1 FOR UPDATE")
                .setParameter(1, patientId).getResultList();
    }

    /** The current episode's baseline (decided by {@code Episode}), the one every change is measured against. */
    public void setBaseline(UUID patientId, int baselinePain, Instant screenedAt) {
        execute("UPDATE patient_progress SET baseline_pain = ?2, baseline_at = ?3 WHERE patient_id = ?1",
                patientId, baselinePain, Timestamp.from(screenedAt));
    }

    /** The patient's IANA time zone as registry-service last said (events of one patient arrive in order). */
    public void recordTimeZone(UUID patientId, String timeZone) {
        ensureRow(patientId);
        execute("UPDATE patient_progress SET time_zone = ?2 WHERE patient_id = ?1", patientId, timeZone);
    }

    /** A newer plan version replaces the current one; an older one arriving late is ignored. */
    public void recordPlan(UUID patientId, UUID planId, int version, LocalDate startDate, int sessionsPerWeek,
                           String exerciseIdsJson) {
        ensureRow(patientId);
        execute("UPDATE patient_progress SET plan_id = ?2, plan_version = ?3, plan_status = 'ACTIVE',"
                        + " plan_start_date = ?4, sessions_per_week = ?5, plan_exercise_ids = CAST(?6 AS jsonb)"
                        + " WHERE patient_id = ?1 AND (plan_version IS NULL OR plan_version < ?3)",
                patientId, planId, version, Date.valueOf(startDate), sessionsPerWeek, exerciseIdsJson);
    }

    public void pausePlan(UUID patientId, UUID planId) {
        execute("UPDATE patient_progress SET plan_status = 'PAUSED' WHERE patient_id = ?1 AND plan_id = ?2",
                patientId, planId);
    }

    /** The patient was discharged: the plan is over, and no session is logged on it any more. */
    public void completePlan(UUID patientId, UUID planId) {
        execute("UPDATE patient_progress SET plan_status = 'COMPLETED' WHERE patient_id = ?1 AND plan_id = ?2",
                patientId, planId);
    }

    /**
     * Stops sessions on whatever plan is current, at once, when the patient reports an emergency here: program-service
     * pauses the plan for everyone (PlanPaused), but sessions must not wait for that event to arrive.
     */
    public void pauseCurrentPlan(UUID patientId) {
        execute("UPDATE patient_progress SET plan_status = 'PAUSED' WHERE patient_id = ?1 AND plan_status = 'ACTIVE'",
                patientId);
    }

    // --- logs ------------------------------------------------------------------------------------------------

    /**
     * One more session; its painBefore is the latest pain unless a later reading is known. The row exists: a session
     * is only logged against the active plan this row holds (read in the same transaction), and rows are never
     * deleted.
     */
    public void countSession(UUID patientId, Instant performedAt, int painBefore) {
        execute("UPDATE patient_progress SET sessions_logged = sessions_logged + 1,"
                + " last_session_at = GREATEST(last_session_at, ?2),"
                + " latest_pain = CASE WHEN latest_pain_at IS NULL OR latest_pain_at <= ?2 THEN ?3 ELSE latest_pain END,"
                + " latest_pain_at = GREATEST(latest_pain_at, ?2) WHERE patient_id = ?1",
                patientId, Timestamp.from(performedAt), painBefore);
    }

    /**
     * A check-in's pain as the latest pain; a check-in counts at the start of the patient's day unless logged that
     * day.
     */
    public void recordCheckInPain(UUID patientId, PatientDays days, LocalDate date, int pain, Instant loggedAt) {
        ensureRow(patientId);
        Instant at = date.equals(days.dayOf(loggedAt)) ? loggedAt : days.startOf(date);
        execute("UPDATE patient_progress SET"
                + " latest_pain = CASE WHEN latest_pain_at IS NULL OR latest_pain_at <= ?2 THEN ?3 ELSE latest_pain END,"
                + " latest_pain_at = GREATEST(latest_pain_at, ?2) WHERE patient_id = ?1",
                patientId, Timestamp.from(at), pain);
    }

    public void recordFlareDay(UUID patientId, LocalDate day) {
        execute("UPDATE patient_progress SET last_flare_day = GREATEST(last_flare_day, ?2) WHERE patient_id = ?1",
                patientId, Date.valueOf(day));
    }

    private void ensureRow(UUID patientId) {
        execute("INSERT INTO patient_progress (patient_id) VALUES (?1) ON CONFLICT DO NOTHING", patientId);
    }

    private void execute(String sql, Object... parameters) {
        var query = getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
