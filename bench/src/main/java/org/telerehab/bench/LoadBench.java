package org.telerehab.bench;

import org.telerehab.platformkit.PostgresServer;
import org.telerehab.platformkit.QuarkusApp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark (issue 8), all in one run on one machine so that the figures can be read as ratios:
 * <ol>
 *   <li>each service's start time (process start to /q/health/ready UP, and Quarkus's own "started in"), cold (empty
 *   database: Flyway creates the schema) and warm (a restart), and its RSS after the first request;</li>
 *   <li>{@code POST /api/sessions}: the maximum throughput with wrk (closed loop, C connections), then latency at
 *   fixed rates (25/50/75 % of that maximum) with a wrk2-style open-model generator (latency from each request's
 *   intended send time: no coordinated omission);</li>
 *   <li>PostgreSQL's own single-row INSERT rate with pgbench on the progress database's server (same durability
 *   settings, same client count C), and the ratio service / pgbench;</li>
 *   <li>end-to-end latency from {@code POST /api/checkins} with an emergency red flag to the plan being PAUSED in
 *   program-service's database (progress' outbox -> Kafka -> program's consumer), for N patients one at a time
 *   after a few to warm the path ({@link RedFlagPhase});</li>
 *   <li>what the start and memory goals would take: Native Memory Tracking, a class-data-sharing archive, capped
 *   malloc arenas ({@link StartupOptions}).</li>
 * </ol>
 */
public final class LoadBench {

    private static final Pattern WRK_RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern WRK_REQS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args);
        Path root = Path.of(opt.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path work = Path.of(opt.get("work"));
        boolean quick = opt.containsKey("quick");
        int connections = Integer.parseInt(opt.getOrDefault("connections", "8"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", quick ? "8" : "20"));
        int writePatients = Integer.parseInt(opt.getOrDefault("write-patients", quick ? "50" : "200"));
        int redFlagPatients = Integer.parseInt(opt.getOrDefault("red-flag-patients", quick ? "30" : "1000"));
        // the first red flags after the start go through cold code in three JVMs: reported apart
        int redFlagWarmUp = Integer.parseInt(opt.getOrDefault("red-flag-warm-up", quick ? "5" : "20"));
        // startup | red-flag: only that part, for working on it (no results file)
        String only = opt.getOrDefault("only", "");
        String results = only.isEmpty() ? opt.get("results") : null;
        // JVM options beyond production's (the services run with their ConfigMap's JDK_JAVA_OPTIONS, see Cluster)
        String extraJvm = opt.getOrDefault("service-jvm", "").trim();
        List<String> jvm = extraJvm.isEmpty() ? List.of() : List.of(extraJvm.split("\\s+"));
        StringBuilder md = new StringBuilder();
        String load0 = Reconciler.loadAverage();

        try (Cluster cluster = new Cluster(root, work, jvm)) {
            System.out.println("Starting PostgreSQL x3, Kafka, intake-, program-, progress-service ...");
            cluster.start();

            // --- 1. start time and memory ---
            Map<String, double[]> startup = new LinkedHashMap<>(); // cold ms, cold quarkus s, warm ms, warm quarkus s, rss kB
            for (String s : Cluster.SERVICES) {
                startup.put(s, new double[]{cluster.firstStart.get(s).toMillis(), cluster.service(s).quarkusStartedIn(),
                        0, 0, 0});
            }
            for (String s : Cluster.SERVICES) {
                QuarkusApp svc = cluster.service(s);
                svc.stop(Duration.ofSeconds(40));
                Duration warm = svc.startAndAwait(Duration.ofSeconds(180));
                startup.get(s)[2] = warm.toMillis();
                startup.get(s)[3] = svc.quarkusStartedIn();
            }
            Http http = new Http(Duration.ofSeconds(30));
            int[] first = new int[Cluster.SERVICES.size()];
            for (int i = 0; i < first.length; i++) {
                String s = Cluster.SERVICES.get(i);
                first[i] = StartupOptions.firstRequest(cluster, http, s);
                startup.get(s)[4] = Util.rssKb(cluster.service(s).pid());
            }
            System.out.printf(Locale.ROOT, "first requests answered %d/%d/%d%n", first[0], first[1], first[2]);
            if (only.equals("startup")) {
                System.out.println(startupTable(startup));
                System.out.println(StartupOptions.measure(cluster, http, jvm, work).markdown());
                return;
            }
            if (only.equals("red-flag")) {
                System.out.println(startupTable(startup));
                List<String[]> patients = setUpPatients(cluster, redFlagWarmUp + redFlagPatients);
                awaitPlansInProgress(cluster, patients.size());
                System.out.println(RedFlagPhase.run(cluster, http, patients, redFlagWarmUp).markdown());
                return;
            }

            // --- patients with an active plan known to progress ---
            System.out.println("Setting up " + (writePatients + redFlagWarmUp + redFlagPatients)
                    + " patients with a plan ...");
            List<String[]> writers = setUpPatients(cluster, writePatients); // token, planId, patientId
            List<String[]> redFlags = setUpPatients(cluster, redFlagWarmUp + redFlagPatients);
            awaitPlansInProgress(cluster, writers.size() + redFlags.size());

            // --- 2. POST /api/sessions: max throughput (wrk, closed loop) ---
            String progressUrl = cluster.url("progress");
            List<String> oneWrite = statementsOfOneWrite(cluster, work, http, writers.get(0));
            Path lua = writeLua(work, writers);
            System.out.println("wrk warm-up " + seconds + " s ...");
            runWrk(progressUrl, lua, connections, seconds);
            long logsBefore = Reconciler.count(cluster.pg.get("progress"), "SELECT count(*) FROM session_log");
            System.out.println("wrk " + seconds + " s, " + connections + " connections ...");
            long svcPid = cluster.service("progress").pid();
            long pgPid = cluster.pg.get("progress").postmasterPid();
            long svcCpu0 = Util.cpuMillis(svcPid);
            long pgCpu0 = Util.cpuMillis(pgPid);
            long allCpu0 = machineCpuMillis();
            String wrkOut = runWrk(progressUrl, lua, connections, seconds);
            long svcCpu = Util.cpuMillis(svcPid) - svcCpu0;
            long pgCpuWrk = Util.cpuMillis(pgPid) - pgCpu0;
            long allCpuWrk = machineCpuMillis() - allCpu0;
            double maxRps = group(WRK_RPS, wrkOut, 0);
            double non2xx = group(WRK_NON2XX, wrkOut, 0);
            double wrkRequests = group(WRK_REQS, wrkOut, 0);
            long logsAfter = Reconciler.count(cluster.pg.get("progress"), "SELECT count(*) FROM session_log");
            System.out.printf(Locale.ROOT, "  max %.0f req/s (%.0f requests, %.0f non-2xx; session_log grew by %d)%n",
                    maxRps, wrkRequests, non2xx, logsAfter - logsBefore);

            // --- 3. pgbench: PostgreSQL's own single-row insert rate, same server, same client count ---
            System.out.println("pgbench " + seconds + " s, " + connections + " clients ...");
            long pgCpu1 = Util.cpuMillis(pgPid);
            long allCpu1 = machineCpuMillis();
            double[] pgb = pgbench(cluster.pg.get("progress"), work, connections, seconds);
            double pgTps = pgb[0];
            long pgCpuBench = Util.cpuMillis(pgPid) - pgCpu1;
            long allCpuBench = machineCpuMillis() - allCpu1;
            System.out.printf(Locale.ROOT, "  pgbench %.0f tps (one INSERT per transaction)%n", pgTps);
            SameTx sameTx = sameTransactionPgbench(cluster, root, work, writers.size(), connections, seconds);

            // --- 2b. latency at fixed rates, open model ---
            OpenLoad open = new OpenLoad();
            Instant performed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            java.util.function.IntFunction<OpenLoad.Req> req = i -> {
                String[] w = writers.get(i % writers.size());
                return new OpenLoad.Req(progressUrl + "/api/sessions", w[0], sessionBody(w[1], performed));
            };
            List<OpenLoad.Result> fixed = new ArrayList<>();
            for (double share : new double[]{0.25, 0.50, 0.75}) {
                double rate = Math.max(1, Math.round(maxRps * share));
                System.out.printf(Locale.ROOT, "open model at %.0f req/s (%.0f%% of max): warm-up 5 s, then %d s ...%n",
                        rate, share * 100, seconds);
                open.run(rate, Duration.ofSeconds(5), 64, req, false);
                OpenLoad.Result r = open.run(rate, Duration.ofSeconds(seconds), 64, req, true);
                fixed.add(r);
                List<String> s = OpenLoad.summary(r);
                System.out.printf(Locale.ROOT, "  achieved %.0f req/s, p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms, "
                        + "errors %d%n", r.achievedRate(), s.get(0), s.get(1), s.get(2), s.get(3), r.errors());
            }
            long rssAfterLoad = Util.rssKb(cluster.service("progress").pid());

            // --- 4. red flag check-in -> plan PAUSED in program ---
            RedFlagPhase.Result redFlagResult = RedFlagPhase.run(cluster, http, redFlags, redFlagWarmUp);

            // --- 5. what the start and memory goals would take (last: it restarts the services) ---
            StartupOptions.Result startupOptions = StartupOptions.measure(cluster, http, jvm, work);

            // --- report ---
            md.append("# Load benchmark, ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
            md.append("Produced by `bench/run-load-bench.sh").append(quick ? " --quick" : "").append("` at ")
                    .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores (shared; load average at start `")
                    .append(load0).append("`, at end `").append(Reconciler.loadAverage()).append("`). ")
                    .append("Everything on this one machine: one PostgreSQL 18 server per service (zonky binaries, ")
                    .append("`fsync=on`, `synchronous_commit=on`), a single-node Kafka 4.1.1 broker in its own JVM, ")
                    .append("the three services as built (`java ")
                    .append(jvm.isEmpty() ? "" : String.join(" ", jvm) + " ")
                    .append("-jar quarkus-run.jar` with production's `JDK_JAVA_OPTIONS` (`")
                    .append(Cluster.prodJvmOptions(root, "progress-service"))
                    .append("`), prod profile, tokens verified locally (RS256)), and the load ")
                    .append("generators. Figures are this machine's; compare them as ratios within the run.\n\n");

            md.append(startupTable(startup));
            md.append(String.format(Locale.ROOT, "%nCold = first start on an empty database (Flyway creates the "
                    + "schema); the services start one after another. progress-service's RSS after the load below: "
                    + "%.0f MB.%n%n", rssAfterLoad / 1024.0));

            md.append("## POST /api/sessions\n\n");
            md.append(String.format(Locale.ROOT, "Each request: a session of 2 exercises for one of %d patients "
                    + "(each its own token), no clientRequestId. Per request the service verifies the token, checks "
                    + "the plan, inserts the log, upserts the daily rollup and the summary row and writes an audit "
                    + "record, in one transaction.%n%n", writers.size()));
            md.append(String.format(Locale.ROOT, "| measure | value |%n|---|---:|%n"
                            + "| max throughput, wrk closed loop, %d connections, %d s (after a %d s warm-up) | %.0f req/s |%n"
                            + "| non-2xx answers in that run | %.0f of %.0f |%n"
                            + "| session_log rows added by that run | %d |%n"
                            + "| pgbench, one INSERT per transaction, %d clients, %d s, same server | %.0f tps |%n"
                            + "| **ratio service / pgbench** | **%.3f** |%n%n",
                    connections, seconds, seconds, maxRps, non2xx, wrkRequests, logsAfter - logsBefore,
                    connections, seconds, pgTps, maxRps / pgTps));
            double reqs = Math.max(1, logsAfter - logsBefore);
            double txns = Math.max(1, pgb[1]);
            md.append(String.format(Locale.ROOT, "CPU time from /proc (user + system), less sensitive to the other "
                            + "load on the machine than the rates:%n%n| during | per | progress-service | its PostgreSQL "
                            + "| whole machine (all processes, both cores) |%n|---|---|---:|---:|---:|%n"
                            + "| wrk run | request | %.2f ms | %.2f ms | %.2f ms |%n"
                            + "| pgbench run | transaction | - | %.3f ms | %.3f ms |%n%n"
                            + "So PostgreSQL's share of a session write is %.1fx the CPU of a bare single-row insert "
                            + "(the write does several statements and an audit row), and the service's JVM uses %.1fx "
                            + "the CPU of its database work.%n%n",
                    svcCpu / reqs, pgCpuWrk / reqs, allCpuWrk / reqs, pgCpuBench / txns, allCpuBench / txns,
                    (pgCpuWrk / reqs) / Math.max(1e-9, pgCpuBench / txns), svcCpu / Math.max(1.0, pgCpuWrk)));
            md.append(sameTx.markdown(maxRps, svcCpu / reqs, connections, seconds, oneWrite));
            md.append("Latency at fixed rates (open model, wrk2-style: measured from each request's intended send "
                    + "time, at most 64 in flight; 5 s warm-up at the same rate, then " + seconds + " s):\n\n");
            md.append("| target rate (share of max) | achieved (req/s) | p50 (ms) | p99 (ms) | p99.9 (ms) | max (ms) | errors |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|\n");
            double[] shares = {25, 50, 75};
            for (int i = 0; i < fixed.size(); i++) {
                OpenLoad.Result r = fixed.get(i);
                List<String> s = OpenLoad.summary(r);
                md.append(String.format(Locale.ROOT, "| %.0f req/s (%.0f%%) | %.0f | %s | %s | %s | %s | %d |%n",
                        r.rate(), shares[i], r.achievedRate(), s.get(0), s.get(1), s.get(2), s.get(3), r.errors()));
            }
            md.append("\n").append(redFlagResult.markdown());
            md.append(startupOptions.markdown());
            md.append("\n<details><summary>wrk output</summary>\n\n```text\n").append(wrkOut.trim())
                    .append("\n```\n</details>\n");
            System.out.println();
            System.out.println(md);
            if (results != null) {
                Path file = Path.of(results).resolve("load-" + LocalDate.now(ZoneOffset.UTC) + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, md.toString());
                System.out.println("Written to " + file);
            }
        }
    }

    /** One write with PostgreSQL's {@code log_statement = all}: what the service sends for it. */
    private static List<String> statementsOfOneWrite(Cluster cluster, Path work, Http http, String[] writer)
            throws Exception {
        Instant performed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return SessionTxBench.statementsOfOneWrite(cluster.pg.get("progress"), work.resolve("pg-progress.log"), () -> {
            Http.Res r = http.post(cluster.url("progress") + "/api/sessions", writer[0],
                    sessionBody(writer[1], performed));
            if (r.status() != 201) {
                throw new IllegalStateException("session answered " + r.status() + ": " + r.body());
            }
        });
    }

    /** pgbench running one session write's transaction ({@link SessionTxBench}): its rate and CPU. */
    private record SameTx(int patients, double tps, double transactions, double pgCpuPerTx, double allCpuPerTx) {

        String markdown(double serviceRps, double serviceCpuPerWrite, int clients, int seconds, List<String> oneWrite) {
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "### The same transaction in pgbench (the honest limit)%n%n"
                            + "pgbench running, as a custom script (`-f`, `-M prepared`), the statements of one "
                            + "session write in one transaction (plan check, session_log insert, daily rollup upsert, "
                            + "summary update, audit record, outbox row) on tables made by progress-service's own "
                            + "migrations, in a database of their own on the same server, same durability, %d clients, "
                            + "%d s:%n%n"
                            + "| measure | value |%n|---|---:|%n"
                            + "| pgbench, the session write's transaction | %.0f tps |%n"
                            + "| its PostgreSQL CPU per transaction | %.3f ms |%n"
                            + "| whole machine CPU per transaction | %.3f ms |%n"
                            + "| **ratio service / same-transaction pgbench** (goal >= 0.70) | **%.3f** |%n"
                            + "| progress-service CPU per write (goal <= 1 ms) | %.2f ms |%n%n",
                    clients, seconds, tps, pgCpuPerTx, allCpuPerTx, serviceRps / tps, serviceCpuPerWrite));
            md.append("<details><summary>the pgbench script</summary>\n\n```sql\n")
                    .append(SessionTxBench.script(patients).trim()).append("\n```\n</details>\n\n");
            md.append("<details><summary>what progress-service sent PostgreSQL for one write (log_statement = all; "
                    + "the outbox relay's publishing after the commit included)</summary>\n\n```text\n");
            oneWrite.forEach(l -> md.append(l).append('\n'));
            md.append("```\n</details>\n\n");
            return md.toString();
        }
    }

    private static SameTx sameTransactionPgbench(Cluster cluster, Path root, Path work, int patients, int clients,
                                                 int seconds) throws Exception {
        System.out.println("pgbench, the session write's transaction, " + seconds + " s, " + clients + " clients ...");
        PostgresServer pg = cluster.pg.get("progress");
        long pgPid = pg.postmasterPid();
        long pgCpu0 = Util.cpuMillis(pgPid);
        long allCpu0 = machineCpuMillis();
        double[] r = SessionTxBench.run(pg, root, work, patients, clients, seconds);
        double txns = Math.max(1, r[1]);
        SameTx sameTx = new SameTx(patients, r[0], r[1], (Util.cpuMillis(pgPid) - pgCpu0) / txns,
                (machineCpuMillis() - allCpu0) / txns);
        System.out.printf(Locale.ROOT, "  pgbench %.0f tps (the session write's transaction)%n", r[0]);
        return sameTx;
    }

    /** cold ms, cold Quarkus s, warm ms, warm Quarkus s, RSS kB after the first request, per service */
    private static String startupTable(Map<String, double[]> startup) {
        StringBuilder md = new StringBuilder("## Start time and memory\n\n");
        md.append("| service | cold start: process to ready (ms) | Quarkus \"started in\" (s) "
                + "| restart: process to ready (ms) | Quarkus \"started in\" (s) | RSS after first request (MB) |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (var e : startup.entrySet()) {
            double[] v = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s-service | %.0f | %.3f | %.0f | %.3f | %.0f |%n", e.getKey(),
                    v[0], v[1], v[2], v[3], v[4] / 1024));
        }
        return md.toString();
    }

    static String sessionBody(String planId, Instant performed) {
        return "{\"planId\":\"" + planId + "\",\"performedAt\":\"" + performed + "\",\"exercises\":[{\"exerciseId\":\""
                + Driver.EX_A + "\",\"setsDone\":3,\"repsDone\":8},{\"exerciseId\":\"" + Driver.EX_B
                + "\",\"setsDone\":3,\"repsDone\":6}],\"painBefore\":3,\"painAfter\":2,\"perceivedIntensity\":5,"
                + "\"notes\":\"bench\"}";
    }

    /** Screening, care and plan for each patient through the services' APIs (8 at a time). */
    private static List<String[]> setUpPatients(Cluster cluster, int n) throws Exception {
        Driver driver = new Driver(cluster.tokens, cluster.url("intake"), cluster.url("program"),
                cluster.url("progress"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String[]>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                Driver.Patient p = driver.setUpWithPlan();
                return new String[]{cluster.tokens.patient(p.id), p.planId.toString(), p.id.toString()};
            }));
        }
        List<String[]> out = new ArrayList<>();
        for (Future<String[]> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    private static void awaitPlansInProgress(Cluster cluster, int n) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (Reconciler.count(cluster.pg.get("progress"),
                "SELECT count(*) FROM patient_progress WHERE plan_status = 'ACTIVE'") < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("progress did not learn of all " + n + " plans in time");
            }
            Thread.sleep(200);
        }
    }

    private static Path writeLua(Path work, List<String[]> writers) throws IOException {
        StringBuilder lua = new StringBuilder("local entries = {\n");
        for (String[] w : writers) {
            lua.append("  {\"").append(w[0]).append("\", \"").append(w[1]).append("\"},\n");
        }
        String performed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        lua.append("}\nlocal i = 0\n")
                .append("request = function()\n")
                .append("  i = i + 1\n")
                .append("  local e = entries[(i % #entries) + 1]\n")
                .append("  local body = '").append(sessionBody("PLANID", Instant.parse(performed)).replace("PLANID", "' .. e[2] .. '"))
                .append("'\n")
                .append("  return wrk.format(\"POST\", \"/api/sessions\", {[\"Authorization\"] = \"Bearer \" .. e[1], "
                        + "[\"Content-Type\"] = \"application/json\"}, body)\n")
                .append("end\n");
        Path file = work.resolve("sessions.lua");
        Files.writeString(file, lua.toString());
        return file;
    }

    private static String runWrk(String url, Path lua, int connections, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", lua.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        if (!WRK_RPS.matcher(out).find()) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return out;
    }

    /** pgbench with a custom script: one INSERT of a session_log-shaped row per transaction. */
    /** Machine-wide CPU time (all cores, user + nice + system + irq + softirq) from /proc/stat, in ms. */
    private static long machineCpuMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long t = 0;
            for (int i : new int[]{1, 2, 3, 6, 7}) {
                t += Long.parseLong(f[i]);
            }
            return t * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** @return tps, transactions processed */
    private static double[] pgbench(PostgresServer pg, Path work, int clients, int seconds) throws Exception {
        try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS pgbench_insert");
            s.execute("CREATE DATABASE pgbench_insert");
        }
        try (Connection c = pg.superuser("pgbench_insert"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_log (id UUID PRIMARY KEY, patient_id UUID NOT NULL, plan_id UUID NOT NULL,"
                    + " performed_at TIMESTAMPTZ NOT NULL, exercises JSONB NOT NULL, pain_before INT NOT NULL,"
                    + " pain_after INT NOT NULL, perceived_intensity INT NOT NULL, notes TEXT, created_at TIMESTAMPTZ NOT NULL)");
            s.execute("CREATE INDEX bench_log_patient ON bench_log (patient_id, performed_at DESC)");
        }
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "INSERT INTO bench_log VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),"
                + " now(), '[{\"exerciseId\":\"" + Driver.EX_A + "\",\"setsDone\":3,\"repsDone\":8}]', 3, 2, 5, 'bench', now());\n");
        List<String> cmd = List.of("pgbench", "-n", "-h", "localhost", "-p", Integer.toString(pg.port()), "-U", "postgres",
                "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
                "pgbench_insert");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = PGBENCH_TPS.matcher(out);
        Matcher n = Pattern.compile("number of transactions actually processed: ([0-9]+)").matcher(out);
        if (!m.find() || !n.find()) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(n.group(1))};
    }

    private static double group(Pattern p, String text, double otherwise) {
        Matcher m = p.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
    }
}
