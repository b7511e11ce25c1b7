package org.telerehab.bench;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Write throughput of POST /api/sessions: N client threads, each logging sessions for a rotating set of distinct
 * patients (each with their own token and active plan), for a fixed time and a bounded count; then a check that
 * the logs and both projections grew by exactly the number of 201s, nothing lost or doubled.
 */
final class WriteBench {

    record Phase(int threads, int created, int attempts, double seconds, Stats latency, Map<Integer, Integer> statuses,
                 List<String> sampleErrors) {
        double perSecond() {
            return created / seconds;
        }
    }

    record Totals(long logs, long rollupSessions, long summarySessions, long auditCreates) {
        Totals minus(Totals before) {
            return new Totals(logs - before.logs, rollupSessions - before.rollupSessions,
                    summarySessions - before.summarySessions, auditCreates - before.auditCreates);
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final List<DataLoader.Plan> plans;
    private final List<String> tokens;
    private final AtomicInteger nextPatient = new AtomicInteger();

    WriteBench(HttpClient http, String baseUrl, List<DataLoader.Plan> plans, Tokens signer) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.plans = plans;
        this.tokens = plans.stream().map(p -> signer.patient(p.patientId())).toList();
    }

    Phase run(int threads, Duration duration, int maxRequests) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] latencies = new long[maxRequests];
        AtomicInteger recorded = new AtomicInteger();
        long begin = System.nanoTime();
        long deadline = begin + duration.toNanos();
        AtomicLong lastEnd = new AtomicLong(begin);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    int i = Math.floorMod(nextPatient.getAndIncrement(), plans.size());
                    HttpRequest request = sessionRequest(plans.get(i), tokens.get(i));
                    long t0 = System.nanoTime();
                    int status;
                    String body;
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        body = r.body();
                    } catch (Exception e) {
                        status = -1;
                        body = e.toString();
                    }
                    long end = System.nanoTime();
                    latencies[recorded.getAndIncrement()] = end - t0;
                    lastEnd.accumulateAndGet(end, Math::max);
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    if (status == 201) {
                        created.incrementAndGet();
                    } else if (errors.size() < 5) {
                        errors.add(status + " " + body);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            try {
                w.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("a write worker failed", e);
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        double seconds = (lastEnd.get() - begin) / 1e9;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.get()));
        int n = recorded.get();
        return new Phase(threads, created.get(), n, seconds, Stats.of(latencies, n), byStatus, new ArrayList<>(errors));
    }

    /** One session of the patient's active plan, performed within the last 6 hours, that raises no alert. */
    private HttpRequest sessionRequest(DataLoader.Plan plan, String token) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int painBefore = Math.max(0, Math.min(7, plan.baselinePain() - 3 + random.nextInt(5)));
        int painAfter = Math.max(0, painBefore - random.nextInt(3));
        int intensity = 3 + random.nextInt(5);
        Instant performedAt = Instant.now().minusSeconds(random.nextInt(6 * 3600));
        String json = "{\"planId\":\"" + plan.planId() + "\",\"performedAt\":\"" + performedAt + "\","
                + "\"exercises\":[{\"exerciseId\":\"" + plan.exerciseId() + "\",\"setsDone\":2,\"repsDone\":10}],"
                + "\"painBefore\":" + painBefore + ",\"painAfter\":" + painAfter + ","
                + "\"perceivedIntensity\":" + intensity + ",\"clientRequestId\":\"" + UUID.randomUUID() + "\"}";
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/sessions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static Totals totals(Connection c) throws SQLException {
        return new Totals(DataLoader.one(c, "SELECT count(*) FROM session_log"),
                DataLoader.one(c, "SELECT coalesce(sum(sessions), 0) FROM daily_rollup"),
                DataLoader.one(c, "SELECT coalesce(sum(sessions_logged), 0) FROM patient_progress"),
                DataLoader.one(c, "SELECT count(*) FROM audit_log WHERE action = 'CREATE'"
                        + " AND resource_type = 'SessionLog'"));
    }

    /**
     * Patients written to whose summary disagrees with their logs: sessions_logged, the sum of their daily
     * rollups, or last_session_at not equal to what session_log says.
     */
    long mismatchedPatients(Connection c) throws SQLException {
        Array ids = c.createArrayOf("uuid", plans.stream().map(DataLoader.Plan::patientId).toArray());
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM patient_progress p"
                        + " LEFT JOIN (SELECT patient_id, count(*) n, max(performed_at) last_at FROM session_log"
                        + "            WHERE patient_id = ANY(?) GROUP BY patient_id) s ON s.patient_id = p.patient_id"
                        + " LEFT JOIN (SELECT patient_id, sum(sessions) n FROM daily_rollup"
                        + "            WHERE patient_id = ANY(?) GROUP BY patient_id) r ON r.patient_id = p.patient_id"
                        + " WHERE p.patient_id = ANY(?) AND (p.sessions_logged IS DISTINCT FROM s.n"
                        + "   OR p.sessions_logged IS DISTINCT FROM r.n OR p.last_session_at IS DISTINCT FROM s.last_at)")) {
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            ps.setArray(3, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
