package org.telerehab.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the data set straight into the service's database (after Flyway made the schema), with server-side SQL,
 * as the service itself would have written it: care relations and plans (what program.care.v1 events leave in
 * care_relation and patient_progress), session logs with their audit records, and the projections
 * (daily_rollup, patient_progress counters) aggregated from the logs, i.e. exactly what LoggingService's
 * per-log upserts would hold.
 *
 * <p>Patient 1 is H (heavy: {@code heavyLogs} logs spread over the last two years), patient 2 is L (light:
 * {@code lightLogs} logs over the last three weeks), the other logs are spread at random over the other patients
 * and the last two years. Logs are inserted in time order, as they would have arrived, so that a patient's rows
 * are scattered over the table as in production. No log raises an alert (pain below baseline + 2 and below 8,
 * intensity below 8), so none is missing.
 */
final class DataLoader {

    record Figures(Map<String, Double> stepSeconds, double totalSeconds, Map<String, Long> counts) {
    }

    /** One patient's plan, for logging sessions against it. */
    record Plan(int index, UUID patientId, UUID planId, UUID exerciseId, int baselinePain) {
    }

    static final int HEAVY = 1;
    static final int LIGHT = 2;
    static final int THERAPISTS = 100;

    private final int patients;
    private final int totalLogs;
    private final int heavyLogs;
    private final int lightLogs;

    DataLoader(int patients, int totalLogs, int heavyLogs, int lightLogs) {
        if (patients < 3 || totalLogs < heavyLogs + lightLogs) {
            throw new IllegalArgumentException("need at least 3 patients and totalLogs >= heavyLogs + lightLogs");
        }
        this.patients = patients;
        this.totalLogs = totalLogs;
        this.heavyLogs = heavyLogs;
        this.lightLogs = lightLogs;
    }

    static UUID patientId(int index) {
        return md5Uuid("telerehab-bench-patient-" + index);
    }

    static UUID md5Uuid(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (d[i] & 0xff);
                lsb = (lsb << 8) | (d[i + 8] & 0xff);
            }
            return new UUID(msb, lsb); // = PostgreSQL's md5(text)::uuid
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Figures load(Connection c, StepLog log) throws SQLException {
        Map<String, Double> steps = new LinkedHashMap<>();
        long begin = System.nanoTime();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // this session only: a bulk load need not wait for each commit's WAL flush, and sorts in memory
            s.execute("SET synchronous_commit = off");
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("SELECT setseed(0.5)");

            step(steps, log, "patients, care relations, plans", () -> {
                s.execute("CREATE TEMP TABLE bench_patient AS SELECT i AS idx,"
                        + " md5('telerehab-bench-patient-' || i)::uuid AS patient_id,"
                        + " md5('telerehab-bench-plan-' || i)::uuid AS plan_id,"
                        + " md5('telerehab-bench-therapist-' || (i % " + THERAPISTS + "))::uuid AS therapist_id,"
                        + exercise("ex1", "1 + i % 30") + "," + exercise("ex2", "1 + (i + 10) % 30") + ","
                        + exercise("ex3", "1 + (i + 20) % 30") + ","
                        + " 4 + i % 4 AS baseline"
                        + " FROM generate_series(1, " + patients + ") i");
                s.execute("CREATE UNIQUE INDEX ON bench_patient (idx)");
                s.execute("ANALYZE bench_patient");
                s.execute("INSERT INTO care_relation (patient_id, therapist_id, since)"
                        + " SELECT patient_id, therapist_id, now() - interval '731 days' FROM bench_patient ORDER BY idx");
                // what ScreeningCompleted and PlanAssigned (program.care.v1) leave in the summary row
                s.execute("INSERT INTO patient_progress (patient_id, baseline_pain, baseline_at, plan_id, plan_version,"
                        + " plan_status, plan_start_date, sessions_per_week, plan_exercise_ids)"
                        + " SELECT patient_id, baseline, now() - interval '735 days', plan_id, 1, 'ACTIVE',"
                        + " current_date - 730, 3, jsonb_build_array(ex1::text, ex2::text, ex3::text)"
                        + " FROM bench_patient ORDER BY idx");
            });

            int others = totalLogs - heavyLogs - lightLogs;
            String logsStep = String.format(java.util.Locale.ROOT, "session_log (%,d rows, in time order)", totalLogs);
            step(steps, log, logsStep, () -> s.execute(
                    "INSERT INTO session_log (id, patient_id, plan_id, performed_at, exercises, pain_before, pain_after,"
                            + " perceived_intensity, notes, client_request_id, created_at)"
                            + " SELECT gen_random_uuid(), p.patient_id, p.plan_id, t.performed_at,"
                            + "  jsonb_build_array(jsonb_build_object('exerciseId', p.ex1, 'setsDone', 2, 'repsDone', 10),"
                            + "                    jsonb_build_object('exerciseId', p.ex2, 'setsDone', 3, 'repsDone', 8)),"
                            + "  v.pain_before, greatest(0, v.pain_before - v.relief), v.intensity, NULL,"
                            + "  gen_random_uuid(), t.performed_at + interval '2 minutes'"
                            + " FROM ("
                            + "   SELECT " + HEAVY + " AS idx, now() - interval '1 hour'"
                            + "          - (g - 1) * (interval '730 days' / " + heavyLogs + ") AS performed_at"
                            + "     FROM generate_series(1, " + heavyLogs + ") g"
                            + "   UNION ALL"
                            + "   SELECT " + LIGHT + ", now() - interval '1 hour' - (g - 1) * interval '2 days 3 hours'"
                            + "     FROM generate_series(1, " + lightLogs + ") g"
                            + "   UNION ALL"
                            + "   SELECT 3 + g % " + (patients - 2) + ", now() - interval '1 hour'"
                            + "          - random() * interval '729 days'"
                            + "     FROM generate_series(1, " + others + ") g"
                            + " ) t"
                            + " JOIN bench_patient p ON p.idx = t.idx"
                            + " CROSS JOIN LATERAL (SELECT least(7, greatest(0, p.baseline - 3 + floor(random() * 5)::int))"
                            + "   AS pain_before, floor(random() * 3)::int AS relief,"
                            + "   3 + floor(random() * 5)::int AS intensity WHERE t.idx IS NOT NULL) v"
                            + " ORDER BY t.performed_at"));

            // LoggingService writes audit("CREATE", "SessionLog", ...) with every log
            step(steps, log, "audit_log (one CREATE per log)", () -> s.execute(
                    "INSERT INTO audit_log (occurred_at, actor_id, actor_role, action, patient_id, resource_type,"
                            + " resource_id) SELECT created_at, patient_id::text, 'patient', 'CREATE', patient_id,"
                            + " 'SessionLog', id::text FROM session_log ORDER BY created_at"));

            // ProgressStore.addSession's upserts, summed: one row per patient per UTC day ...
            step(steps, log, "daily_rollup (aggregated from session_log)", () -> s.execute(
                    "INSERT INTO daily_rollup (patient_id, day, sessions, pain_sum, pain_readings,"
                            + " max_perceived_intensity)"
                            + " SELECT patient_id, (performed_at AT TIME ZONE 'UTC')::date AS day, count(*),"
                            + " sum(pain_before), count(*), max(perceived_intensity)"
                            + " FROM session_log GROUP BY 1, 2 ORDER BY 2, 1"));
            // ... and the summary's counters: sessions_logged, last_session_at, latest pain (the latest log's)
            step(steps, log, "patient_progress counters (aggregated from session_log)", () -> s.execute(
                    "UPDATE patient_progress p SET sessions_logged = a.n, last_session_at = a.last_at,"
                            + " latest_pain = a.latest_pain, latest_pain_at = a.last_at"
                            + " FROM (SELECT DISTINCT ON (patient_id) patient_id,"
                            + "         count(*) OVER (PARTITION BY patient_id) AS n,"
                            + "         performed_at AS last_at, pain_before AS latest_pain"
                            + "       FROM session_log ORDER BY patient_id, performed_at DESC) a"
                            + " WHERE p.patient_id = a.patient_id"));

            step(steps, log, "VACUUM ANALYZE", () -> {
                for (String table : List.of("session_log", "audit_log", "daily_rollup", "patient_progress",
                        "care_relation", "alert", "checkin", "outbox_event")) {
                    s.execute("VACUUM (ANALYZE) " + table);
                }
            });
            s.execute("DROP TABLE bench_patient");
        }
        double total = (System.nanoTime() - begin) / 1e9;
        return new Figures(steps, total, verify(c));
    }

    /** The data set is what it claims to be: counts, H and L exact, projections equal to the logs. */
    Map<String, Long> verify(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("patients", one(c, "SELECT count(*) FROM patient_progress"));
        counts.put("care relations", one(c, "SELECT count(*) FROM care_relation"));
        counts.put("session logs", one(c, "SELECT count(*) FROM session_log"));
        counts.put("logs of H", one(c, "SELECT count(*) FROM session_log WHERE patient_id = '" + patientId(HEAVY) + "'"));
        counts.put("logs of L", one(c, "SELECT count(*) FROM session_log WHERE patient_id = '" + patientId(LIGHT) + "'"));
        counts.put("fewest logs of another patient", one(c, "SELECT min(n) FROM (SELECT count(*) n FROM session_log"
                + " WHERE patient_id NOT IN ('" + patientId(HEAVY) + "', '" + patientId(LIGHT) + "') GROUP BY patient_id) x"));
        counts.put("most logs of another patient", one(c, "SELECT max(n) FROM (SELECT count(*) n FROM session_log"
                + " WHERE patient_id NOT IN ('" + patientId(HEAVY) + "', '" + patientId(LIGHT) + "') GROUP BY patient_id) x"));
        counts.put("daily_rollup rows", one(c, "SELECT count(*) FROM daily_rollup"));
        counts.put("daily_rollup rows of H", one(c, "SELECT count(*) FROM daily_rollup WHERE patient_id = '"
                + patientId(HEAVY) + "'"));
        counts.put("sum(daily_rollup.sessions)", one(c, "SELECT sum(sessions) FROM daily_rollup"));
        counts.put("sum(patient_progress.sessions_logged)", one(c, "SELECT sum(sessions_logged) FROM patient_progress"));
        counts.put("audit_log rows", one(c, "SELECT count(*) FROM audit_log"));
        long logs = counts.get("session logs");
        check(logs == totalLogs, "session_log holds " + logs + " rows, expected " + totalLogs);
        check(counts.get("logs of H") == heavyLogs, "H has " + counts.get("logs of H") + " logs");
        check(counts.get("logs of L") == lightLogs, "L has " + counts.get("logs of L") + " logs");
        check(counts.get("patients") == patients, "patients: " + counts.get("patients"));
        check(counts.get("sum(daily_rollup.sessions)") == logs, "rollups disagree with the logs");
        check(counts.get("sum(patient_progress.sessions_logged)") == logs, "summaries disagree with the logs");
        return counts;
    }

    /** Patients 3 .. 2+count (neither H nor L), with their plan, for the write benchmark. */
    List<Plan> writers(Connection c, int count) throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT plan_id, plan_exercise_ids->>0, baseline_pain"
                + " FROM patient_progress WHERE patient_id = ?")) {
            for (int i = 3; i < 3 + count && i <= patients; i++) {
                UUID patient = patientId(i);
                ps.setObject(1, patient);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no summary for patient " + i);
                    }
                    plans.add(new Plan(i, patient, rs.getObject(1, UUID.class), UUID.fromString(rs.getString(2)),
                            rs.getInt(3)));
                }
            }
        }
        return plans;
    }

    static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String exercise(String column, String numberExpression) {
        return " ('5eed0e00-0000-4000-8000-0000000000' || lpad((" + numberExpression + ")::text, 2, '0'))::uuid AS "
                + column;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("data set check failed: " + message);
        }
    }

    interface SqlStep {
        void run() throws SQLException;
    }

    interface StepLog {
        void line(String text);
    }

    private static void step(Map<String, Double> steps, StepLog log, String name, SqlStep step) throws SQLException {
        long t0 = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        steps.put(name, seconds);
        log.line(String.format("  %-58s %7.1f s", name, seconds));
    }
}
