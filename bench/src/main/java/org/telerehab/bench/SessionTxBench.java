package org.telerehab.bench;

import org.telerehab.platformkit.PostgresServer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The honest limit of a session write (issue 20): pgbench running, as a custom script, the statements one
 * {@code POST /api/sessions} executes, in one transaction, on the progress database's own server, with the same
 * durability and client count as the service's run. The tables are made by progress-service's own migrations (the
 * kit's, then the service's, in version order) in a database of their own, so indexes, constraints and triggers are
 * those of the service's tables; the patients are seeded with an active plan as the benchmark's writers have.
 *
 * <p>The script is the transaction as progress-service runs it for the benchmark's requests (no clientRequestId):
 * the plan check (read of the patient's progress row), the session_log insert, the daily rollup upsert, the summary
 * update, the audit record and the outbox row. {@link #statementsOfOneWrite} shows, from PostgreSQL's own
 * {@code log_statement = all}, what the service really sent for one write, to compare with it. The audit records'
 * hash chain is sealed later in batches and the outbox relay publishes after the commit: neither is in the write's
 * transaction, so neither is in the script (both run in the service's measurement).
 */
final class SessionTxBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: ([0-9]+)");
    private static final Pattern VERSION = Pattern.compile("V([0-9_]+)__.*\\.sql");
    private static final String DATABASE = "pgbench_session";
    /** patient p (1..N) is 5eed0000-0000-4000-8000-<p in 12 digits> */
    private static final String PATIENT = "('5eed0000-0000-4000-8000-' || lpad(:p::text, 12, '0'))::uuid";
    private static final String PLAN = "('5eed0001-0000-4000-8000-' || lpad(:p::text, 12, '0'))::uuid";

    private SessionTxBench() {
    }

    /** The script pgbench runs: one session write's transaction. */
    static String script(int patients) {
        String exercises = "[{\"exerciseId\":\"" + Driver.EX_A + "\",\"setsDone\":3,\"repsDone\":8},"
                + "{\"exerciseId\":\"" + Driver.EX_B + "\",\"setsDone\":3,\"repsDone\":6}]";
        return "\\set p random(1, " + patients + ")\n"
                + "BEGIN;\n"
                // the plan check: the patient's progress row (plan, its exercises, status, baseline, time zone)
                + "SELECT * FROM patient_progress WHERE patient_id = " + PATIENT + ";\n"
                + "INSERT INTO session_log (id, patient_id, plan_id, performed_at, exercises, pain_before, pain_after,"
                + " perceived_intensity, notes, client_request_id, created_at) VALUES (gen_random_uuid(), " + PATIENT
                + ", " + PLAN + ", now() - interval '1 hour', '" + exercises + "'::jsonb, 3, 2, 5, 'bench', NULL,"
                + " now());\n"
                + "INSERT INTO daily_rollup AS r (patient_id, day, sessions, pain_sum, pain_readings,"
                + " max_perceived_intensity) VALUES (" + PATIENT + ", current_date, 1, 3, 1, 5)"
                + " ON CONFLICT (patient_id, day) DO UPDATE SET sessions = r.sessions + EXCLUDED.sessions,"
                + " pain_sum = r.pain_sum + EXCLUDED.pain_sum,"
                + " pain_readings = r.pain_readings + EXCLUDED.pain_readings,"
                + " max_perceived_intensity = GREATEST(r.max_perceived_intensity, EXCLUDED.max_perceived_intensity);\n"
                + "UPDATE patient_progress SET sessions_logged = sessions_logged + 1,"
                + " last_session_at = GREATEST(last_session_at, now() - interval '1 hour'),"
                + " latest_pain = CASE WHEN latest_pain_at IS NULL OR latest_pain_at <= now() - interval '1 hour'"
                + " THEN 3 ELSE latest_pain END, latest_pain_at = GREATEST(latest_pain_at, now() - interval '1 hour')"
                + " WHERE patient_id = " + PATIENT + ";\n"
                + "INSERT INTO audit_log (actor_id, actor_role, action, patient_id, resource_type, resource_id,"
                + " request_id, client_address, client_id, reason) VALUES (" + PATIENT + "::text, 'patient', 'CREATE', "
                + PATIENT + ", 'SessionLog', gen_random_uuid()::text, gen_random_uuid()::text, '127.0.0.1',"
                + " 'telerehab-portal', NULL);\n"
                + "INSERT INTO outbox_event (id, topic, event_key, event_type, payload) VALUES (gen_random_uuid(),"
                + " 'progress.activity.v1', " + PATIENT + "::text, 'SessionLogged', '{\"type\":\"SessionLogged\","
                + "\"eventId\":\"' || gen_random_uuid() || '\",\"occurredAt\":\"' || now() || '\",\"patientId\":\"' || "
                + PATIENT + " || '\",\"sessionId\":\"' || gen_random_uuid() || '\"}');\n"
                + "END;\n";
    }

    /**
     * Makes the database (progress-service's migrations, {@code patients} patients with an active plan) and runs the
     * script with pgbench.
     *
     * @return tps, transactions processed
     */
    static double[] run(PostgresServer pg, Path root, Path work, int patients, int clients, int seconds)
            throws Exception {
        try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = pg.superuser(DATABASE); Statement s = c.createStatement()) {
            for (Path migration : migrations(root)) {
                // the runtime role is the owner here: the migrations' grants to another role are skipped
                s.execute(Files.readString(migration).replace("${runtime_role}", "postgres"));
            }
            s.execute("INSERT INTO patient_progress (patient_id, baseline_pain, baseline_at, plan_id, plan_version,"
                    + " plan_status, plan_start_date, sessions_per_week, plan_exercise_ids)"
                    + " SELECT ('5eed0000-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, 5,"
                    + " now() - interval '7 days',"
                    + " ('5eed0001-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, 1, 'ACTIVE', current_date - 7, 3,"
                    + " '[\"" + Driver.EX_A + "\",\"" + Driver.EX_B + "\"]'::jsonb FROM generate_series(1, " + patients
                    + ") p");
            s.execute("VACUUM ANALYZE");
        }
        Path script = work.resolve("session-write.sql");
        Files.writeString(script, script(patients));
        List<String> cmd = List.of("pgbench", "-n", "-M", "prepared", "-h", "localhost", "-p",
                Integer.toString(pg.port()), "-U", "postgres", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString(seconds), "-f", script.toString(), DATABASE);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = TPS.matcher(out);
        Matcher n = PROCESSED.matcher(out);
        if (!m.find() || !n.find() || out.contains("ERROR")) {
            throw new IllegalStateException("pgbench (session write script) failed:\n" + out);
        }
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(n.group(1))};
    }

    /** The kit's migrations, then progress-service's, each set in version order (as Flyway applies them). */
    static List<Path> migrations(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(root.resolve("service-kit/src/main/resources/db/kit"),
                root.resolve("progress-service/src/main/resources/db/migration"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches()).forEach(all::add);
            }
        }
        all.sort(Comparator.comparing(SessionTxBench::version));
        return all;
    }

    private static String version(Path migration) {
        Matcher m = VERSION.matcher(migration.getFileName().toString());
        m.matches();
        StringBuilder key = new StringBuilder();
        for (String part : m.group(1).split("_")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    /**
     * What the service sends PostgreSQL for one write: {@code log_statement = all} on the progress server for the
     * length of {@code write}, and the statements of that time taken from the server's log (a relay's publishing
     * after the commit shows too, in its own backend).
     */
    static List<String> statementsOfOneWrite(PostgresServer pg, Path log, Runnable write) throws Exception {
        long from = Files.exists(log) ? Files.size(log) : 0;
        try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET log_statement = 'all'");
            s.execute("SELECT pg_reload_conf()");
            Util.sleep(300);
            write.run();
            Util.sleep(1500);
            s.execute("ALTER SYSTEM RESET log_statement");
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            return List.of("(log_statement not available: " + e.getMessage() + ")");
        }
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(from);
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if ((line.contains("statement: ") || line.contains("execute ") || line.contains("DETAIL:  Param"))
                        && !line.contains("log_statement") && !line.contains("pg_reload_conf")) {
                    lines.add(line.length() > 400 ? line.substring(0, 400) + " ..." : line);
                }
            }
        }
        return lines;
    }
}
