package org.telerehab.progress.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.telerehab.events.codes.AlertType;
import org.telerehab.progress.domain.DailyRollup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The progress projections: atomic upserts (safe under concurrent logs for one patient) and reads bounded by
 * the 28-day window, never by the length of a patient's history.
 */
@ApplicationScoped
public class ProgressStore {

    /** One row of patient_progress. */
    public record Summary(UUID patientId, Integer baselinePain, Instant baselineAt, UUID planId, Integer planVersion,
                          String planStatus, LocalDate planStartDate, Integer sessionsPerWeek,
                          List<UUID> planExerciseIds, Integer latestPain, long sessionsLogged,
                          Instant lastSessionAt, LocalDate lastFlareDay) {

        public static Summary empty(UUID patientId) {
            return new Summary(patientId, null, null, null, null, null, null, null, List.of(), null, 0, null, null);
        }

        public boolean hasActivePlan() {
            return "ACTIVE".equals(planStatus);
        }
    }

    public record OpenAlert(UUID id, UUID patientId, AlertType type, Instant raisedAt, String detail) {
    }

    private final EntityManager em;

    ProgressStore(EntityManager em) {
        this.em = em;
    }

    private void ensureSummary(UUID patientId) {
        em.createNativeQuery("INSERT INTO patient_progress (patient_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, patientId).executeUpdate();
    }

    // --- facts from other services -------------------------------------------------------------------------

    public void recordBaseline(UUID patientId, int baselinePain, Instant screenedAt) {
        ensureSummary(patientId);
        em.createNativeQuery("UPDATE patient_progress SET baseline_pain = ?2, baseline_at = ?3 WHERE patient_id = ?1"
                        + " AND (baseline_at IS NULL OR baseline_at <= ?3)")
                .setParameter(1, patientId).setParameter(2, baselinePain).setParameter(3, Timestamp.from(screenedAt))
                .executeUpdate();
    }

    /** A newer plan version replaces the current one; an older one arriving late is ignored. */
    public void recordPlan(UUID patientId, UUID planId, int version, LocalDate startDate, int sessionsPerWeek,
                           String exerciseIdsJson) {
        ensureSummary(patientId);
        em.createNativeQuery("UPDATE patient_progress SET plan_id = ?2, plan_version = ?3, plan_status = 'ACTIVE',"
                        + " plan_start_date = ?4, sessions_per_week = ?5, plan_exercise_ids = CAST(?6 AS jsonb)"
                        + " WHERE patient_id = ?1 AND (plan_version IS NULL OR plan_version < ?3)")
                .setParameter(1, patientId).setParameter(2, planId).setParameter(3, version)
                .setParameter(4, Date.valueOf(startDate)).setParameter(5, sessionsPerWeek)
                .setParameter(6, exerciseIdsJson).executeUpdate();
    }

    public void pausePlan(UUID patientId, UUID planId) {
        em.createNativeQuery("UPDATE patient_progress SET plan_status = 'PAUSED' WHERE patient_id = ?1 AND plan_id = ?2")
                .setParameter(1, patientId).setParameter(2, planId).executeUpdate();
    }

    /**
     * Stops sessions on whatever plan is current, at once, when the patient reports an emergency here: program-service
     * pauses the plan for everyone (PlanPaused), but sessions must not wait for that event to arrive.
     */
    public void pauseCurrentPlan(UUID patientId) {
        em.createNativeQuery("UPDATE patient_progress SET plan_status = 'PAUSED' WHERE patient_id = ?1"
                        + " AND plan_status = 'ACTIVE'")
                .setParameter(1, patientId).executeUpdate();
    }

    // --- logs ------------------------------------------------------------------------------------------------

    /**
     * Adds a log's contribution ({@link DailyRollup#ofSession}, {@link DailyRollup#ofCheckIn}) to its day, with the
     * arithmetic of {@link DailyRollup#plus}, in one atomic upsert (safe under concurrent logs for one patient).
     */
    public void addToDay(UUID patientId, DailyRollup contribution) {
        em.createNativeQuery("INSERT INTO daily_rollup AS r (patient_id, day, sessions, pain_sum, pain_readings,"
                        + " max_perceived_intensity) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (patient_id, day) DO UPDATE"
                        + " SET sessions = r.sessions + EXCLUDED.sessions, pain_sum = r.pain_sum + EXCLUDED.pain_sum,"
                        + " pain_readings = r.pain_readings + EXCLUDED.pain_readings,"
                        + " max_perceived_intensity = GREATEST(r.max_perceived_intensity, EXCLUDED.max_perceived_intensity)")
                .setParameter(1, patientId).setParameter(2, Date.valueOf(contribution.day()))
                .setParameter(3, contribution.sessions()).setParameter(4, contribution.painSum())
                .setParameter(5, contribution.painReadings()).setParameter(6, contribution.maxPerceivedIntensity())
                .executeUpdate();
    }

    /** One more session in the patient's summary; its painBefore is the latest pain unless a later one is known. */
    public void countSession(UUID patientId, Instant performedAt, int painBefore) {
        ensureSummary(patientId);
        em.createNativeQuery("UPDATE patient_progress SET sessions_logged = sessions_logged + 1,"
                        + " last_session_at = GREATEST(last_session_at, ?2),"
                        + " latest_pain = CASE WHEN latest_pain_at IS NULL OR latest_pain_at <= ?2 THEN ?3 ELSE latest_pain END,"
                        + " latest_pain_at = GREATEST(latest_pain_at, ?2) WHERE patient_id = ?1")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(performedAt)).setParameter(3, painBefore)
                .executeUpdate();
    }

    /** A check-in's pain as the latest pain; a check-in counts at the start of its day unless logged that day. */
    public void recordCheckInPain(UUID patientId, LocalDate date, int pain, Instant loggedAt) {
        ensureSummary(patientId);
        // a check-in for today is as recent as the moment it was logged; one for an earlier day is not
        Instant at = date.equals(DailyRollup.dayOf(loggedAt)) ? loggedAt
                : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        em.createNativeQuery("UPDATE patient_progress SET"
                        + " latest_pain = CASE WHEN latest_pain_at IS NULL OR latest_pain_at <= ?2 THEN ?3 ELSE latest_pain END,"
                        + " latest_pain_at = GREATEST(latest_pain_at, ?2) WHERE patient_id = ?1")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(at)).setParameter(3, pain).executeUpdate();
    }

    public void recordFlareDay(UUID patientId, LocalDate day) {
        em.createNativeQuery("UPDATE patient_progress SET last_flare_day = GREATEST(last_flare_day, ?2)"
                        + " WHERE patient_id = ?1")
                .setParameter(1, patientId).setParameter(2, Date.valueOf(day)).executeUpdate();
    }

    // --- alerts ----------------------------------------------------------------------------------------------

    /** @return true when this opened a new episode; false when an alert of the type is already open */
    public boolean openAlert(UUID alertId, UUID patientId, AlertType type, Instant at, String detail) {
        return em.createNativeQuery("INSERT INTO alert (id, patient_id, type, raised_at, detail) VALUES (?1, ?2, ?3, ?4, ?5)"
                        + " ON CONFLICT (patient_id, type) WHERE resolved_at IS NULL DO NOTHING")
                .setParameter(1, alertId).setParameter(2, patientId).setParameter(3, type.name())
                .setParameter(4, Timestamp.from(at)).setParameter(5, detail).executeUpdate() == 1;
    }

    public Optional<OpenAlert> alert(UUID alertId) {
        List<Tuple> rows = em.createNativeQuery("SELECT id, patient_id, type, raised_at, detail, resolved_at FROM alert"
                + " WHERE id = ?1", Tuple.class).setParameter(1, alertId).getResultList();
        return rows.stream().findFirst().map(ProgressStore::toAlert);
    }

    public boolean resolveAlert(UUID alertId, UUID by, Instant at) {
        return em.createNativeQuery("UPDATE alert SET resolved_at = ?3, resolved_by = ?2 WHERE id = ?1"
                        + " AND resolved_at IS NULL")
                .setParameter(1, alertId).setParameter(2, by).setParameter(3, Timestamp.from(at)).executeUpdate() == 1;
    }

    public Map<UUID, List<OpenAlert>> openAlerts(Collection<UUID> patientIds) {
        Map<UUID, List<OpenAlert>> byPatient = new HashMap<>();
        if (patientIds.isEmpty()) {
            return byPatient;
        }
        List<Tuple> rows = em.createNativeQuery("SELECT id, patient_id, type, raised_at, detail, resolved_at FROM alert"
                        + " WHERE patient_id = ANY(?1) AND resolved_at IS NULL ORDER BY raised_at", Tuple.class)
                .setParameter(1, patientIds.toArray(UUID[]::new)).getResultList();
        for (Tuple row : rows) {
            OpenAlert alert = toAlert(row);
            byPatient.computeIfAbsent(alert.patientId(), k -> new ArrayList<>()).add(alert);
        }
        return byPatient;
    }

    // --- reads -------------------------------------------------------------------------------------------------

    public Map<UUID, Summary> summaries(Collection<UUID> patientIds) {
        Map<UUID, Summary> result = new HashMap<>();
        if (patientIds.isEmpty()) {
            return result;
        }
        List<Tuple> rows = em.createNativeQuery("SELECT patient_id, baseline_pain, baseline_at, plan_id, plan_version,"
                        + " plan_status, plan_start_date, sessions_per_week, CAST(plan_exercise_ids AS text) AS exercises,"
                        + " latest_pain, sessions_logged, last_session_at, last_flare_day FROM patient_progress"
                        + " WHERE patient_id = ANY(?1)", Tuple.class)
                .setParameter(1, patientIds.toArray(UUID[]::new)).getResultList();
        for (Tuple r : rows) {
            UUID id = r.get(0, UUID.class);
            result.put(id, new Summary(id, (Integer) r.get(1), instant(r.get(2)), r.get(3, UUID.class),
                    (Integer) r.get(4), (String) r.get(5), date(r.get(6)), (Integer) r.get(7),
                    uuids((String) r.get(8)), (Integer) r.get(9), ((Number) r.get(10)).longValue(),
                    instant(r.get(11)), date(r.get(12))));
        }
        return result;
    }

    public Summary summary(UUID patientId) {
        return summaries(List.of(patientId)).getOrDefault(patientId, Summary.empty(patientId));
    }

    /** The rollups of [from, to] for these patients: at most 28 rows each, whatever their history. */
    public Map<UUID, List<DailyRollup>> rollups(Collection<UUID> patientIds, LocalDate from, LocalDate to) {
        Map<UUID, List<DailyRollup>> byPatient = new HashMap<>();
        if (patientIds.isEmpty()) {
            return byPatient;
        }
        List<Tuple> rows = em.createNativeQuery("SELECT patient_id, day, sessions, pain_sum, pain_readings,"
                        + " max_perceived_intensity FROM daily_rollup WHERE patient_id = ANY(?1) AND day BETWEEN ?2 AND ?3",
                        Tuple.class)
                .setParameter(1, patientIds.toArray(UUID[]::new)).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to)).getResultList();
        for (Tuple r : rows) {
            byPatient.computeIfAbsent(r.get(0, UUID.class), k -> new ArrayList<>()).add(new DailyRollup(
                    date(r.get(1)), ((Number) r.get(2)).intValue(), ((Number) r.get(3)).intValue(),
                    ((Number) r.get(4)).intValue(), ((Number) r.get(5)).intValue()));
        }
        return byPatient;
    }

    /** Patients whose plan is active and started on or before this day: candidates for the scheduled checks. */
    public List<UUID> activePlansStartedBy(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT patient_id FROM patient_progress WHERE plan_status = 'ACTIVE'"
                + " AND plan_start_date <= ?1").setParameter(1, Date.valueOf(day)).getResultList();
        return ids;
    }

    private static OpenAlert toAlert(Tuple r) {
        return new OpenAlert(r.get(0, UUID.class), r.get(1, UUID.class), AlertType.valueOf((String) r.get(2)),
                instant(r.get(3)), (String) r.get(4));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static List<UUID> uuids(String json) {
        if (json == null || json.isBlank() || json.equals("[]")) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String part : json.replaceAll("[\\[\\]\" ]", "").split(",")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        return ids;
    }
}
