package org.telerehab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress read latency, H against L, over HTTP (the measured figure) and, to explain it, the same reads' queries
 * in the database, plus the full-history aggregate the projections avoid.
 */
final class ReadBench {

    record Result(Stats heavy, Stats light, int warmup, double seconds, String heavyBody, String lightBody) {
        double p50Ratio() {
            return heavy.p50() / light.p50();
        }

        double p90Ratio() {
            return heavy.p90() / light.p90();
        }

        double p99Ratio() {
            return heavy.p99() / light.p99();
        }

        double meanRatio() {
            return heavy.mean() / light.mean();
        }
    }

    /** One query timed for H and L (microseconds), with its rows and EXPLAIN (ANALYZE, BUFFERS) summary. */
    record QueryTiming(String name, Stats heavy, Stats light, long heavyRows, long lightRows, String heavyPlan,
                       String lightPlan) {
    }

    private static final Pattern SESSIONS_LOGGED = Pattern.compile("\"sessionsLogged\"\\s*:\\s*(\\d+)");

    private static final Pattern PAIN_POINT = Pattern.compile("\\{\"date\":\"[0-9-]+\",\"value\":");

    private final HttpClient http;
    private final String baseUrl;
    private final String resource;
    private final String counted;
    private final ToLongFunction<String> count;

    /** Reads of {@code /api/patients/{id}/<resource>}, each answer checked by what {@code count} finds in it. */
    private ReadBench(HttpClient http, String baseUrl, String resource, String counted, ToLongFunction<String> count) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.resource = resource;
        this.counted = counted;
        this.count = count;
    }

    /** The progress read, checked by its sessions logged. */
    static ReadBench progress(HttpClient http, String baseUrl) {
        return new ReadBench(http, baseUrl, "progress", "sessions logged", body -> {
            Matcher m = SESSIONS_LOGGED.matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        });
    }

    /** The outcomes read (issue 16), checked by the points of its daily pain series. */
    static ReadBench outcomes(HttpClient http, String baseUrl) {
        return new ReadBench(http, baseUrl, "outcomes", "days in the pain series",
                body -> PAIN_POINT.matcher(body).results().count());
    }

    private HttpRequest progressRequest(UUID patient, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/patients/" + patient + "/" + resource))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    /** The answer is right before it is timed: 200 and the patient's own number of logs (or days). */
    String check(UUID patient, String token, long expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(progressRequest(patient, token), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + resource + " of " + patient + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        long found = count.applyAsLong(r.body());
        if (found != expected) {
            throw new IllegalStateException(resource + " of " + patient + " shows " + found + " " + counted
                    + ", not " + expected + ": " + r.body().substring(0, Math.min(2000, r.body().length())));
        }
        return r.body();
    }

    /**
     * Warm-up, then {@code requests} reads alternating H and L (the order within each pair alternates too), one
     * client thread, one keep-alive connection. Bounded by count and by {@code maxTime}.
     */
    Result run(UUID heavy, String heavyToken, long heavyLogs, UUID light, String lightToken, long lightLogs,
               int warmup, int requests, Duration maxTime, DataLoader.StepLog log, Runnable atStart, Runnable atEnd)
            throws IOException, InterruptedException {
        String heavyBody = check(heavy, heavyToken, heavyLogs);
        String lightBody = check(light, lightToken, lightLogs);
        HttpRequest h = progressRequest(heavy, heavyToken);
        HttpRequest l = progressRequest(light, lightToken);

        long deadline = System.nanoTime() + maxTime.toNanos();
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            timed(i % 2 == 0 ? h : l);
        }
        log.line("  warm-up: " + warmup + " reads");

        int pairs = requests / 2;
        long[] hn = new long[pairs];
        long[] ln = new long[pairs];
        int done = 0;
        atStart.run();
        long begin = System.nanoTime();
        for (int i = 0; i < pairs && System.nanoTime() < deadline; i++) {
            if (i % 2 == 0) {
                hn[i] = timed(h);
                ln[i] = timed(l);
            } else {
                ln[i] = timed(l);
                hn[i] = timed(h);
            }
            done++;
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        atEnd.run();
        return new Result(Stats.of(hn, done), Stats.of(ln, done), warmup, seconds, heavyBody, lightBody);
    }

    private long timed(HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": "
                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return elapsed;
    }

    // --- in the database -------------------------------------------------------------------------------------

    /** The three queries ProgressService.compute runs for one patient, exactly as ProgressStore writes them. */
    static List<QueryTiming> serviceQueries(Connection c, UUID heavy, UUID light, int repetitions) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(27);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("patient_progress summary (PK)", "SELECT patient_id, baseline_pain, baseline_at, plan_id,"
                + " plan_version, plan_status, plan_start_date, sessions_per_week, CAST(plan_exercise_ids AS text) AS"
                + " exercises, latest_pain, sessions_logged, last_session_at, last_flare_day FROM patient_progress"
                + " WHERE patient_id = ANY(?)");
        queries.put("daily_rollup, 28-day window", "SELECT patient_id, day, sessions, pain_sum, pain_readings,"
                + " max_perceived_intensity FROM daily_rollup WHERE patient_id = ANY(?) AND day BETWEEN ? AND ?");
        queries.put("open alerts", "SELECT id, patient_id, type, raised_at, detail, resolved_at FROM alert"
                + " WHERE patient_id = ANY(?) AND resolved_at IS NULL ORDER BY raised_at");
        List<QueryTiming> timings = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement(q.getValue())) {
                long[] hn = new long[repetitions];
                long[] ln = new long[repetitions];
                long[] rows = new long[2];
                boolean window = q.getValue().contains("BETWEEN");
                for (int i = 0; i < repetitions; i++) {
                    long t0 = System.nanoTime();
                    rows[0] = run(c, ps, window, heavy, from, today);
                    hn[i] = System.nanoTime() - t0;
                    t0 = System.nanoTime();
                    rows[1] = run(c, ps, window, light, from, today);
                    ln[i] = System.nanoTime() - t0;
                }
                String literal = q.getValue().replace("ANY(?)", "ANY(CAST(? AS uuid[]))");
                timings.add(new QueryTiming(q.getKey(), micro(hn), micro(ln), rows[0], rows[1],
                        explain(c, literal, heavy, from, today), explain(c, literal, light, from, today)));
            }
        }
        return timings;
    }

    /**
     * The audit record every read writes (AuditTrail.read), with its commit: the only write in the read path, so
     * the only part that waits for the disk (a WAL flush under synchronous_commit=on). The probe rows (actor
     * {@code bench-probe}) stay: the audit log is append-only, for the bench too.
     */
    static List<QueryTiming> auditCommit(Connection c, UUID heavy, UUID light, int repetitions) throws SQLException {
        List<QueryTiming> timings = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (actor_id, actor_role, action,"
                     + " patient_id, resource_type, resource_id) VALUES ('bench-probe', 'patient', 'READ', ?,"
                     + " 'Progress', ?)")) {
            for (String mode : List.of("on", "off")) {
                s.execute("SET synchronous_commit = " + mode);
                long[] hn = new long[repetitions];
                long[] ln = new long[repetitions];
                for (int i = 0; i < repetitions; i++) {
                    long t0 = System.nanoTime();
                    audit(ps, heavy);
                    hn[i] = System.nanoTime() - t0;
                    t0 = System.nanoTime();
                    audit(ps, light);
                    ln[i] = System.nanoTime() - t0;
                }
                timings.add(new QueryTiming("audit_log insert + commit, synchronous_commit=" + mode
                        + (mode.equals("on") ? " (as the service runs)" : " (for contrast)"),
                        micro(hn), micro(ln), 1, 1, "", ""));
            }
            s.execute("RESET synchronous_commit");
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return timings;
    }

    private static void audit(PreparedStatement ps, UUID patient) throws SQLException {
        ps.setObject(1, patient);
        ps.setString(2, patient.toString());
        ps.executeUpdate();
    }

    /** The full-history aggregate a naive read would run over session_log. */
    static final String NAIVE = "SELECT count(*), sum(pain_before), max(performed_at) FROM session_log"
            + " WHERE patient_id = ?";

    static QueryTiming naive(Connection c, UUID heavy, UUID light, int repetitions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NAIVE)) {
            long[] hn = new long[repetitions];
            long[] ln = new long[repetitions];
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                aggregate(ps, heavy);
                hn[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                aggregate(ps, light);
                ln[i] = System.nanoTime() - t0;
            }
            return new QueryTiming("full-history aggregate on session_log", micro(hn), micro(ln), 1, 1,
                    explainNaive(c, heavy), explainNaive(c, light));
        }
    }

    private static void aggregate(PreparedStatement ps, UUID patient) throws SQLException {
        ps.setObject(1, patient);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
    }

    private static long run(Connection c, PreparedStatement ps, boolean window, UUID patient, LocalDate from,
                            LocalDate to) throws SQLException {
        Array ids = c.createArrayOf("uuid", new Object[]{patient});
        ps.setArray(1, ids);
        if (window) {
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
        }
        long rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of one query, kept to its plan nodes, buffers and execution time. */
    private static String explain(Connection c, String sql, UUID patient, LocalDate from, LocalDate to)
            throws SQLException {
        String inlined = sql.replaceFirst("\\?", "'{" + patient + "}'")
                .replaceFirst("\\?", "'" + from + "'::date").replaceFirst("\\?", "'" + to + "'::date");
        return explainText(c, "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) " + inlined);
    }

    private static String explainNaive(Connection c, UUID patient) throws SQLException {
        return explainText(c, "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) "
                + NAIVE.replace("?", "'" + patient + "'"));
    }

    private static String explainText(Connection c, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.trim().startsWith("Planning:") && !line.trim().startsWith("Planning Time")) {
                    lines.add(line);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static Stats micro(long[] nanos) {
        // Stats turns nanoseconds into milliseconds; scaled by 1000 first, its figures read as microseconds
        long[] scaled = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            scaled[i] = nanos[i] * 1000;
        }
        return Stats.of(scaled, scaled.length);
    }
}
