package org.telerehab.bench;


import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The progress-service benchmark (issue 5): 1,000,000 session logs across 10,000 patients; progress read latency
 * of a patient with 10 logs (L) against one with 10,000 (H), as a ratio from one run; the outcomes read (issue 16)
 * of H's 365-day episode against L's 7-day one; write throughput of POST /api/sessions. Run by
 * {@code bench/run-progress-bench.sh}; see bench/README.md.
 */
public final class ProgressBench {

    /** Options, as {@code --name=value}; the defaults are the figures. */
    static final class Options {
        Path root;
        Path work;
        Path results;
        int patients = 10_000;
        int logs = 1_000_000;
        int heavyLogs = 10_000;
        int lightLogs = 10;
        int warmup = 5_000;
        int reads = 3_000;
        int writeThreads = 8;
        int writeSeconds = 20;
        int writeMax = 20_000;
        int writeWarmup = 1_000;
        int writePatients = 400;
        int dbRepetitions = 500;
        int heavyEpisodeDays = 365;
        int lightEpisodeDays = 7;
        boolean writeResults = true;
        List<String> serviceJvm = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                String[] kv = arg.split("=", 2);
                String v = kv.length > 1 ? kv[1] : "";
                switch (kv[0]) {
                    case "--root" -> o.root = Path.of(v).toAbsolutePath().normalize();
                    case "--work" -> o.work = Path.of(v).toAbsolutePath().normalize();
                    case "--results" -> o.results = Path.of(v).toAbsolutePath().normalize();
                    case "--patients" -> o.patients = Integer.parseInt(v);
                    case "--logs" -> o.logs = Integer.parseInt(v);
                    case "--heavy-logs" -> o.heavyLogs = Integer.parseInt(v);
                    case "--light-logs" -> o.lightLogs = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--reads" -> o.reads = Integer.parseInt(v);
                    case "--write-threads" -> o.writeThreads = Integer.parseInt(v);
                    case "--write-seconds" -> o.writeSeconds = Integer.parseInt(v);
                    case "--write-max" -> o.writeMax = Integer.parseInt(v);
                    case "--write-warmup" -> o.writeWarmup = Integer.parseInt(v);
                    case "--write-patients" -> o.writePatients = Integer.parseInt(v);
                    case "--db-repetitions" -> o.dbRepetitions = Integer.parseInt(v);
                    case "--service-jvm" -> o.serviceJvm = v.isBlank() ? List.of() : List.of(v.trim().split("\\s+"));
                    case "--no-results" -> o.writeResults = false;
                    case "--quick" -> {
                        o.patients = 1_000;
                        o.logs = 100_000;
                        o.warmup = 500;
                        o.reads = 600;
                        o.writeSeconds = 5;
                        o.writeWarmup = 100;
                        o.writePatients = 100;
                        o.dbRepetitions = 100;
                        o.writeResults = false;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (o.root == null || o.work == null || o.results == null) {
                throw new IllegalArgumentException("--root, --work and --results are required");
            }
            return o;
        }
    }

    private ProgressBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Infra infra = new Infra(o.root, o.work);
        Thread hook = new Thread(infra::close, "bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int exit;
        try {
            exit = run(o, infra);
        } catch (Exception e) {
            System.err.println();
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            e.printStackTrace(System.err);
            if (infra.serviceLog() != null && Files.exists(infra.serviceLog())) {
                System.err.println("--- last lines of the progress-service log ---");
                System.err.println(org.telerehab.platformkit.ChildProcess.tail(infra.serviceLog(), 30));
            }
            exit = 1;
        } finally {
            say("Stopping progress-service, Kafka and PostgreSQL ...");
            infra.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.exit(exit);
    }

    private static int run(Options o, Infra infra) throws Exception {
        Instant started = Instant.now();
        Path quarkusApp = o.root.resolve("progress-service/target/quarkus-app");
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(quarkusApp + "/quarkus-run.jar is missing: build progress-service first");
        }
        Report report = new Report(o, started);
        report.env("host", Runtime.getRuntime().availableProcessors() + " CPUs, " + memory()
                + "; client, service, PostgreSQL and Kafka all on this one machine");
        report.env("load average at start", loadAverage());
        report.env("harness JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        say("Starting PostgreSQL (embedded) ...");
        long t0 = System.nanoTime();
        infra.startPostgres();
        String pgVersion;
        try (Connection c = infra.superuser(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            pgVersion = rs.getString(1);
        }
        say("  PostgreSQL " + pgVersion + " on port " + infra.postgresPort());
        StringBuilder durability = new StringBuilder();
        try (Connection c = infra.superuser(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit',"
                     + " 'full_page_writes', 'wal_sync_method') ORDER BY name")) {
            while (rs.next()) {
                durability.append(durability.length() == 0 ? "" : ", ").append(rs.getString(1)).append('=')
                        .append(rs.getString(2));
            }
        }
        say("Starting Kafka (KRaft broker, its own JVM) ...");
        String bootstrap = infra.startKafka();
        say("  bootstrap " + bootstrap);
        Tokens tokens = new Tokens();
        say("Starting progress-service (" + o.root.relativize(quarkusApp) + ") ...");
        infra.startService(tokens.publicKeyBase64(), o.serviceJvm, Map.of(), Duration.ofMinutes(3));
        say(String.format(Locale.ROOT, "  ready on %s after %.1f s (infrastructure included)", infra.baseUrl(),
                (System.nanoTime() - t0) / 1e9));
        report.env("PostgreSQL", pgVersion + " (zonky embedded), settings: " + Infra.PG_CONFIG.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + "; in effect: " + durability);
        report.env("progress-service", "`progress-service/target/quarkus-app` (" + quarkusVersion(quarkusApp)
                + "), prod profile, JVM options: " + (o.serviceJvm.isEmpty() ? "none (JVM defaults)"
                : String.join(" ", o.serviceJvm)) + "; OIDC by local public key; its scheduled check ran once after the load (see Data set), the next"
                + " one is due an hour later, after the run");

        // --- load -----------------------------------------------------------------------------------------------
        say(String.format(Locale.ROOT, "Loading %,d session logs across %,d patients (H: %,d logs, L: %,d) ...",
                o.logs, o.patients, o.heavyLogs, o.lightLogs));
        DataLoader loader = new DataLoader(o.patients, o.logs, o.heavyLogs, o.lightLogs);
        DataLoader.Figures load;
        try (Connection c = infra.connect()) {
            load = loader.load(c, ProgressBench::say);
        }
        say(String.format(Locale.ROOT, "  loaded in %.1f s", load.totalSeconds()));
        report.load(load);

        // --- the service's own scheduled check over the loaded data -------------------------------------------
        // Restarted with its DISENGAGED / READY_TO_PROGRESS check due 1 s after start (then hourly, i.e. after the
        // run), so that the open alerts are the ones the service itself raises on this history, announced through
        // its outbox; the reads then also carry their patient's open alerts.
        say("Restarting progress-service to let its scheduled check run over the loaded data ...");
        infra.stopService();
        long logOffset = Files.size(infra.serviceLog());
        t0 = System.nanoTime();
        infra.startService(tokens.publicKeyBase64(), o.serviceJvm, Map.of("TELEREHAB_PROGRESS_CHECK_DELAY", "1s"),
                Duration.ofMinutes(3));
        String checkLine = awaitLogLine(infra.serviceLog(), logOffset, "scheduled checks raised", Duration.ofMinutes(5));
        Map<String, Long> alerts = new java.util.LinkedHashMap<>();
        try (Connection c = infra.connect()) {
            awaitOutboxDrained(c, Duration.ofMinutes(3));
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT type, count(*) FROM alert WHERE resolved_at IS NULL GROUP BY type"
                         + " ORDER BY type")) {
                while (rs.next()) {
                    alerts.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (int i : new int[]{DataLoader.HEAVY, DataLoader.LIGHT}) {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT coalesce(string_agg(type, ', '"
                        + " ORDER BY type), 'none') FROM alert WHERE resolved_at IS NULL AND patient_id = '"
                        + DataLoader.patientId(i) + "'")) {
                    rs.next();
                    alerts.put(i == DataLoader.HEAVY ? "H: " + rs.getString(1) : "L: " + rs.getString(1), 1L);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE) alert");
                s.execute("VACUUM (ANALYZE) outbox_event");
            }
            report.alerts(alerts, DataLoader.one(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL"),
                    checkLine, (System.nanoTime() - t0) / 1e9);
        }
        say(String.format(Locale.ROOT, "  open alerts %s; outbox drained; %.0f s", alerts, (System.nanoTime() - t0) / 1e9));
        try (Connection su = infra.superuserOnServiceDb(); Statement s = su.createStatement()) {
            s.execute("CHECKPOINT"); // not in the middle of the reads
        }

        UUID heavy = DataLoader.patientId(DataLoader.HEAVY);
        UUID light = DataLoader.patientId(DataLoader.LIGHT);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // --- reads ----------------------------------------------------------------------------------------------
        report.env("load average before the reads", loadAverage());
        say(String.format(Locale.ROOT, "Reads: GET /api/patients/{id}/progress, %,d warm-up, then %,d alternating H/L,"
                + " one client thread ...", o.warmup, o.reads));
        ReadBench reads = ReadBench.progress(http, infra.baseUrl());
        long servicePid = infra.servicePid();
        long postmaster = Probes.postmasterPid(infra.postgresDataDirectory());
        String progressUri = "/api/patients/{patientId}/progress";
        Probes.Cpu[] readCpu = new Probes.Cpu[2];
        Probes.ServerTime[] readServer = new Probes.ServerTime[2];
        ReadBench.Result read = reads.run(heavy, tokens.patient(heavy), o.heavyLogs, light, tokens.patient(light),
                o.lightLogs, o.warmup, o.reads, Duration.ofMinutes(10), ProgressBench::say,
                () -> {
                    readServer[0] = Probes.serverTime(http, infra.baseUrl(), progressUri);
                    readCpu[0] = Probes.cpu(servicePid, postmaster, infra.kafkaPid());
                },
                () -> {
                    readCpu[1] = Probes.cpu(servicePid, postmaster, infra.kafkaPid());
                    readServer[1] = Probes.serverTime(http, infra.baseUrl(), progressUri);
                });
        report.read(read, heavy, light);
        report.readCost(readCpu[1].minus(readCpu[0]), readServer[1].minus(readServer[0]));
        System.out.println();
        System.out.println(report.readTable());

        say("Database side of the same reads (JDBC, " + o.dbRepetitions + " x each, alternating) ...");
        List<ReadBench.QueryTiming> queries;
        ReadBench.QueryTiming naive;
        try (Connection c = infra.connect()) {
            queries = new ArrayList<>(ReadBench.serviceQueries(c, heavy, light, o.dbRepetitions));
            queries.addAll(ReadBench.auditCommit(c, heavy, light, Math.min(200, o.dbRepetitions)));
            naive = ReadBench.naive(c, heavy, light, 21);
        }
        report.queries(queries, naive);
        System.out.println(report.queryTable());

        // --- outcomes reads (issue 16): an episode of 365 days against one of 7 ---------------------------------
        // H's episode began with a screening 365 days ago, L's 7 days ago: the daily pain series of H's is a year
        // long (a point a day), L's a few points; both among the same 1,000,000 logs.
        long heavyDays;
        long lightDays;
        try (Connection c = infra.connect(); Statement s = c.createStatement()) {
            // as ScreeningCompleted leaves it (ProjectionService.screeningCompleted)
            for (UUID patient : List.of(heavy, light)) {
                int days = patient.equals(heavy) ? o.heavyEpisodeDays : o.lightEpisodeDays;
                s.execute("INSERT INTO screening (screening_id, patient_id, screened_at, pain, odi_percent, risk,"
                        + " start_back_total, pain_types, start_back_psychosocial) VALUES (gen_random_uuid(), '"
                        + patient + "', now() - interval '" + days + " days', 6, 40, 'MEDIUM', 4, '[\"LUMBAR\"]', 2)");
            }
            s.execute("ANALYZE screening");
            heavyDays = episodeDays(c, heavy);
            lightDays = episodeDays(c, light);
        }
        say(String.format(Locale.ROOT, "Reads: GET /api/patients/{id}/outcomes, H's episode %d days (%d with"
                + " readings), L's %d days (%d), %,d warm-up, then %,d alternating ...", o.heavyEpisodeDays,
                heavyDays, o.lightEpisodeDays, lightDays, o.warmup, o.reads));
        ReadBench outcomeReads = ReadBench.outcomes(http, infra.baseUrl());
        String outcomesUri = "/api/patients/{patientId}/outcomes";
        Probes.Cpu[] outcomeCpu = new Probes.Cpu[2];
        Probes.ServerTime[] outcomeServer = new Probes.ServerTime[2];
        ReadBench.Result outcomes = outcomeReads.run(heavy, tokens.patient(heavy), heavyDays, light,
                tokens.patient(light), lightDays, o.warmup, o.reads, Duration.ofMinutes(10), ProgressBench::say,
                () -> {
                    outcomeServer[0] = Probes.serverTime(http, infra.baseUrl(), outcomesUri);
                    outcomeCpu[0] = Probes.cpu(servicePid, postmaster, infra.kafkaPid());
                },
                () -> {
                    outcomeCpu[1] = Probes.cpu(servicePid, postmaster, infra.kafkaPid());
                    outcomeServer[1] = Probes.serverTime(http, infra.baseUrl(), outcomesUri);
                });
        report.outcomes(outcomes, heavyDays, lightDays, outcomeCpu[1].minus(outcomeCpu[0]),
                outcomeServer[1].minus(outcomeServer[0]));
        System.out.println();
        System.out.println(report.outcomesTable());

        // --- writes ---------------------------------------------------------------------------------------------
        List<DataLoader.Plan> plans;
        try (Connection c = infra.connect()) {
            plans = loader.writers(c, o.writePatients);
        }
        WriteBench writes = new WriteBench(http, infra.baseUrl(), plans, tokens);
        WriteBench.Totals before;
        try (Connection c = infra.connect()) {
            before = WriteBench.totals(c);
        }
        say(String.format(Locale.ROOT, "Writes: POST /api/sessions for %d patients: warm-up %d, then %d threads for"
                + " %d s (at most %,d) ...", plans.size(), o.writeWarmup, o.writeThreads, o.writeSeconds, o.writeMax));
        WriteBench.Phase warm = writes.run(o.writeThreads, Duration.ofSeconds(60), o.writeWarmup);
        report.env("load average before the writes", loadAverage());
        Probes.ServerTime writeServer0 = Probes.serverTime(http, infra.baseUrl(), "/api/sessions");
        Probes.Cpu writeCpu0 = Probes.cpu(servicePid, postmaster, infra.kafkaPid());
        WriteBench.Phase measured = writes.run(o.writeThreads, Duration.ofSeconds(o.writeSeconds), o.writeMax);
        Probes.Cpu writeCpu = Probes.cpu(servicePid, postmaster, infra.kafkaPid()).minus(writeCpu0);
        Probes.ServerTime writeServer = Probes.serverTime(http, infra.baseUrl(), "/api/sessions").minus(writeServer0);
        report.writeCost(writeCpu, writeServer);
        WriteBench.Totals delta;
        long mismatched;
        try (Connection c = infra.connect()) {
            delta = WriteBench.totals(c).minus(before);
            mismatched = writes.mismatchedPatients(c);
        }
        long created = (long) warm.created() + measured.created();
        boolean consistent = delta.logs() == created && delta.rollupSessions() == created
                && delta.summarySessions() == created && delta.auditCreates() == created && mismatched == 0;
        report.write(measured, warm, plans.size(), delta, created, mismatched, consistent);
        System.out.println();
        System.out.println(report.writeTable());

        // --- stop -----------------------------------------------------------------------------------------------
        say("Stopping progress-service (SIGTERM) ...");
        int serviceExit = infra.stopService();
        long errors = countErrors(infra.serviceLog());
        report.env("progress-service exit", "code " + serviceExit + (serviceExit == 143 ? " (= terminated by"
                + " SIGTERM, after its graceful shutdown)" : "") + "; ERROR lines in its log: " + errors);
        report.env("total run time", String.format(Locale.ROOT, "%.0f s",
                Duration.between(started, Instant.now()).toMillis() / 1000.0));

        System.out.println();
        System.out.println(report.summary());
        if (o.writeResults) {
            Files.createDirectories(o.results);
            Path file = o.results.resolve("progress-" + LocalDate.now(ZoneOffset.UTC) + ".md");
            Files.writeString(file, report.markdown());
            say("Figures written to " + o.root.relativize(file));
        }
        if (!consistent) {
            System.err.println("WRITE CONSISTENCY CHECK FAILED: see the write table");
            return 2;
        }
        if (measured.created() == 0) {
            System.err.println("NO SESSION WAS WRITTEN: " + measured.sampleErrors());
            return 2;
        }
        return 0;
    }

    /** The days of the patient's current episode (from their screening's UTC day) with a pain reading. */
    private static long episodeDays(Connection c, UUID patient) throws java.sql.SQLException {
        return DataLoader.one(c, "SELECT count(*) FROM daily_rollup r JOIN screening s USING (patient_id)"
                + " WHERE r.patient_id = '" + patient + "' AND r.pain_readings > 0"
                + " AND r.day >= (s.screened_at AT TIME ZONE 'UTC')::date");
    }

    /** Waits for a log line (after offset) containing the text; returns it, or a note when it never came. */
    private static String awaitLogLine(Path log, long offset, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (var in = Files.newBufferedReader(log)) {
                in.skip(offset);
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.contains(text)) {
                        int m = line.indexOf("\"message\":\"");
                        return m < 0 ? line : line.substring(m + 11, line.indexOf('"', m + 11));
                    }
                }
            }
            Thread.sleep(1000);
        }
        say("  (no '" + text + "' in the service log within " + timeout + ")");
        return "no line '" + text + "' within " + timeout;
    }

    private static void awaitOutboxDrained(Connection c, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (DataLoader.one(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox did not drain within " + timeout);
            }
            Thread.sleep(500);
        }
    }

    static void say(String line) {
        System.out.println(DateTimeFormatter.ofPattern("HH:mm:ss").format(java.time.LocalTime.now()) + " " + line);
        System.out.flush();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GiB RAM", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return "RAM unknown";
    }

    private static String quarkusVersion(Path quarkusApp) {
        try (var files = Files.list(quarkusApp.resolve("lib/main"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("io.quarkus.quarkus-core-") && n.endsWith(".jar"))
                    .map(n -> "Quarkus " + n.substring("io.quarkus.quarkus-core-".length(), n.length() - 4))
                    .findFirst().orElse("Quarkus ?");
        } catch (IOException e) {
            return "Quarkus ?";
        }
    }

    private static long countErrors(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("\"level\":\"ERROR\"") || l.startsWith("ERROR")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** Holds the figures and renders the console tables and the results markdown. */
    static final class Report {
        private final Options o;
        private final Instant started;
        private final Map<String, String> env = new java.util.LinkedHashMap<>();
        private DataLoader.Figures load;
        private ReadBench.Result read;
        private UUID heavy;
        private UUID light;
        private List<ReadBench.QueryTiming> queries;
        private ReadBench.QueryTiming naive;
        private WriteBench.Phase write;
        private WriteBench.Phase writeWarmup;
        private int writePatients;
        private WriteBench.Totals delta;
        private long created;
        private long mismatched;
        private boolean consistent;
        private Map<String, Long> alerts = Map.of();
        private long published;
        private String checkLine = "";
        private double checkSeconds;
        private Probes.Cpu readCpu;
        private ReadBench.Result outcomes;
        private long heavyDays;
        private long lightDays;
        private Probes.Cpu outcomesCpu;
        private Probes.ServerTime outcomesServer;
        private Probes.ServerTime readServer;
        private Probes.Cpu writeCpu;
        private Probes.ServerTime writeServer;

        Report(Options o, Instant started) {
            this.o = o;
            this.started = started;
        }

        void env(String key, String value) {
            env.put(key, value);
        }

        void load(DataLoader.Figures figures) {
            this.load = figures;
        }

        void read(ReadBench.Result result, UUID heavy, UUID light) {
            this.read = result;
            this.heavy = heavy;
            this.light = light;
        }

        void alerts(Map<String, Long> alerts, long published, String checkLine, double seconds) {
            this.alerts = alerts;
            this.published = published;
            this.checkLine = checkLine;
            this.checkSeconds = seconds;
        }

        void outcomes(ReadBench.Result result, long heavyDays, long lightDays, Probes.Cpu cpu,
                      Probes.ServerTime server) {
            this.outcomes = result;
            this.heavyDays = heavyDays;
            this.lightDays = lightDays;
            this.outcomesCpu = cpu;
            this.outcomesServer = server;
        }

        String outcomesCostLine() {
            return cost(outcomesCpu, outcomesServer, outcomes.heavy().count() + outcomes.light().count(),
                    outcomes.seconds(), (outcomes.heavy().mean() + outcomes.light().mean()) / 2);
        }

        /** The outcomes read's goal (issue 16): a year's episode within 1.3x of a week's, at p50. */
        boolean outcomesGoalMet() {
            return outcomes.p50Ratio() <= 1.3;
        }

        String outcomesTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "GET /api/patients/{id}/outcomes  (%,d reads each after %,d warm-up)%n",
                    outcomes.heavy().count(), outcomes.warmup()));
            b.append(String.format(Locale.ROOT, "%-30s %8s %8s %8s %8s %8s%n", "patient", "p50 ms", "p90 ms",
                    "p99 ms", "max ms", "mean ms"));
            row(b, String.format(Locale.ROOT, "H (%d-day episode)", o.heavyEpisodeDays), outcomes.heavy(), 30);
            row(b, String.format(Locale.ROOT, "L (%d-day episode)", o.lightEpisodeDays), outcomes.light(), 30);
            b.append(String.format(Locale.ROOT, "ratio p50(H)/p50(L) = %.2fx  (goal: within 1.3x: %s)%n",
                    outcomes.p50Ratio(), outcomesGoalMet() ? "MET" : "NOT MET"));
            b.append("where the time went: ").append(outcomesCostLine());
            return b.toString();
        }

        void readCost(Probes.Cpu cpu, Probes.ServerTime server) {
            this.readCpu = cpu;
            this.readServer = server;
        }

        void writeCost(Probes.Cpu cpu, Probes.ServerTime server) {
            this.writeCpu = cpu;
            this.writeServer = server;
        }

        /** One line: the service's own time per request, and CPU per request by process, and cores kept busy. */
        static String cost(Probes.Cpu cpu, Probes.ServerTime server, double requests, double wallSeconds,
                           double clientMeanMs) {
            double total = cpu.service() + cpu.postgres() + cpu.harness();
            return String.format(Locale.ROOT, "inside the service (its http_server_requests metric) %.2f ms of the"
                            + " client's %.2f ms mean; CPU per request: service %.2f ms, PostgreSQL %.2f ms, client +"
                            + " Kafka JVM %.2f ms; %.2f of the machine's %d cores kept busy by these three",
                    server.meanMillis(), clientMeanMs, cpu.service() / requests * 1000,
                    cpu.postgres() / requests * 1000, cpu.harness() / requests * 1000, total / wallSeconds,
                    Runtime.getRuntime().availableProcessors());
        }

        String readCostLine() {
            int n = read.heavy().count() + read.light().count();
            double mean = (read.heavy().mean() + read.light().mean()) / 2;
            return cost(readCpu, readServer, n, read.seconds(), mean);
        }

        String writeCostLine() {
            return cost(writeCpu, writeServer, write.attempts(), write.seconds(), write.latency().mean());
        }

        void queries(List<ReadBench.QueryTiming> queries, ReadBench.QueryTiming naive) {
            this.queries = queries;
            this.naive = naive;
        }

        void write(WriteBench.Phase phase, WriteBench.Phase warmup, int patients, WriteBench.Totals delta, long created,
                   long mismatched, boolean consistent) {
            this.write = phase;
            this.writeWarmup = warmup;
            this.writePatients = patients;
            this.delta = delta;
            this.created = created;
            this.mismatched = mismatched;
            this.consistent = consistent;
        }

        boolean goalMet() {
            return read.p50Ratio() <= 1.2;
        }

        String readTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "GET /api/patients/{id}/progress  (%,d reads each after %,d warm-up;"
                    + " one client thread, keep-alive)%n", read.heavy().count(), read.warmup()));
            b.append(String.format(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s%n", "patient", "p50 ms", "p90 ms",
                    "p99 ms", "max ms", "mean ms"));
            row(b, String.format(Locale.ROOT, "H (%,d logs)", o.heavyLogs), read.heavy(), 22);
            row(b, String.format(Locale.ROOT, "L (%,d logs)", o.lightLogs), read.light(), 22);
            b.append(String.format(Locale.ROOT, "%-22s %7.2fx %7.2fx %7.2fx %8s %7.2fx%n", "ratio H / L",
                    read.p50Ratio(), read.p90Ratio(), read.p99Ratio(), "", read.meanRatio()));
            b.append(String.format(Locale.ROOT, "ratio p50(H)/p50(L) = %.2fx  (goal: within 1.2x: %s)%n",
                    read.p50Ratio(), goalMet() ? "MET" : "NOT MET"));
            b.append("where the time went: ").append(readCostLine());
            return b.toString();
        }

        private static void row(StringBuilder b, String name, Stats s, int width) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s %8.2f %8.2f %8.2f %8.2f %8.2f%n", name, s.p50(),
                    s.p90(), s.p99(), s.max(), s.mean()));
        }

        String queryTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-70s %10s %10s %7s %7s%n", "query (database only)",
                    "H p50 us", "L p50 us", "H rows", "L rows"));
            for (ReadBench.QueryTiming q : queries) {
                b.append(String.format(Locale.ROOT, "%-70s %10.0f %10.0f %7d %7d%n", q.name(), q.heavy().p50(),
                        q.light().p50(), q.heavyRows(), q.lightRows()));
            }
            b.append(String.format(Locale.ROOT, "%-70s %10.0f %10.0f   <- what the projections avoid (%.0fx)%n",
                    "naive: " + naive.name(), naive.heavy().p50(), naive.light().p50(),
                    naive.heavy().p50() / naive.light().p50()));
            return b.toString();
        }

        String writeTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "POST /api/sessions  (%d client threads, %d patients, %.1f s)%n",
                    write.threads(), writePatients, write.seconds()));
            b.append(String.format(Locale.ROOT, "%-14s %10s %8s %8s %8s %8s%n", "sessions/s", "created", "p50 ms",
                    "p90 ms", "p99 ms", "max ms"));
            b.append(String.format(Locale.ROOT, "%-14.1f %,10d %8.2f %8.2f %8.2f %8.2f%n", write.perSecond(),
                    write.created(), write.latency().p50(), write.latency().p90(), write.latency().p99(),
                    write.latency().max()));
            b.append("statuses: ").append(write.statuses()).append(" (warm-up: ").append(writeWarmup.statuses())
                    .append(")").append(System.lineSeparator());
            b.append("where the time went: ").append(writeCostLine()).append(System.lineSeparator());
            if (!write.sampleErrors().isEmpty()) {
                b.append("sample non-201 answers: ").append(write.sampleErrors()).append(System.lineSeparator());
            }
            b.append(String.format(Locale.ROOT, "consistency: 201s %,d; session_log +%,d, sum(daily_rollup.sessions)"
                            + " +%,d, sum(sessions_logged) +%,d, audit CREATE +%,d; patients whose summary disagrees with"
                            + " their logs: %d -> %s", created, delta.logs(), delta.rollupSessions(),
                    delta.summarySessions(), delta.auditCreates(), mismatched, consistent ? "OK" : "FAILED"));
            return b.toString();
        }

        String summary() {
            return String.format(Locale.ROOT, "SUMMARY  load %.0f s | read p50 H %.2f ms, L %.2f ms, ratio %.2fx"
                            + " (p99 %.2f / %.2f ms, %.2fx) | outcomes p50 %.2f / %.2f ms, ratio %.2fx | write %.0f"
                            + " sessions/s, p50 %.1f ms, p99 %.1f ms | %s",
                    load.totalSeconds(), read.heavy().p50(), read.light().p50(), read.p50Ratio(), read.heavy().p99(),
                    read.light().p99(), read.p99Ratio(), outcomes.heavy().p50(), outcomes.light().p50(),
                    outcomes.p50Ratio(), write.perSecond(), write.latency().p50(),
                    write.latency().p99(), consistent ? "writes consistent" : "WRITES INCONSISTENT");
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            String nl = System.lineSeparator();
            b.append("# progress-service benchmark, ").append(LocalDate.ofInstant(started, ZoneOffset.UTC)).append(nl)
                    .append(nl);
            b.append("`bench/run-progress-bench.sh`, started ").append(started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .append(". One run; everything (client, service, PostgreSQL, Kafka) on one machine, so the")
                    .append(" absolute figures are this machine's; the H/L ratio is the point.").append(nl).append(nl);

            b.append("## Result").append(nl).append(nl);
            b.append(String.format(Locale.ROOT, "- **Progress read, p50: H (%,d logs) %.2f ms, L (%,d logs) %.2f ms:"
                            + " ratio %.2fx** (goal: within 1.2x: %s); p99 %.2f / %.2f ms, ratio %.2fx.%n",
                    o.heavyLogs, read.heavy().p50(), o.lightLogs, read.light().p50(), read.p50Ratio(),
                    goalMet() ? "met" : "NOT met", read.heavy().p99(), read.light().p99(), read.p99Ratio()));
            b.append(String.format(Locale.ROOT, "- **Outcomes read, p50: H (a %d-day episode, %d days of readings)"
                            + " %.2f ms, L (%d days, %d) %.2f ms: ratio %.2fx** (goal: within 1.3x: %s); p99 %.2f /"
                            + " %.2f ms.%n", o.heavyEpisodeDays, heavyDays, outcomes.heavy().p50(),
                    o.lightEpisodeDays, lightDays, outcomes.light().p50(), outcomes.p50Ratio(),
                    outcomesGoalMet() ? "met" : "NOT met", outcomes.heavy().p99(), outcomes.light().p99()));
            b.append(String.format(Locale.ROOT, "- **Write: %.0f sessions/s** (POST /api/sessions, %d client threads,"
                            + " p50 %.1f ms, p99 %.1f ms); logs, rollups, summaries and audit grew by exactly the %,d"
                            + " 201s: %s.%n", write.perSecond(), write.threads(), write.latency().p50(),
                    write.latency().p99(), created, consistent ? "yes" : "NO"));
            b.append(String.format(Locale.ROOT, "- Load: %,d session logs across %,d patients in %.0f s.%n", o.logs,
                    o.patients, load.totalSeconds()));
            b.append(nl);

            b.append("## Data set").append(nl).append(nl);
            b.append("Loaded with server-side SQL after the service's Flyway migrations, as the service would have")
                    .append(" written it: care relations, an ACTIVE plan per patient (3 sessions/week, started 730 days")
                    .append(" ago, 3 exercises), session logs in time order with their audit records, and the projections")
                    .append(" (`daily_rollup`, `patient_progress` counters) aggregated from the logs. No log raises an")
                    .append(" alert. H = `").append(heavy).append("`, L = `").append(light).append("`.").append(nl)
                    .append(nl);
            b.append("| what | count |").append(nl).append("|---|---:|").append(nl);
            load.counts().forEach((k, v) -> b.append("| ").append(k).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", v)).append(" |").append(nl));
            b.append(nl).append("| load step | seconds |").append(nl).append("|---|---:|").append(nl);
            load.stepSeconds().forEach((k, v) -> b.append("| ").append(k).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", v)).append(" |").append(nl));
            b.append(String.format(Locale.ROOT, "| **total** (incl. checks) | **%.1f** |%n", load.totalSeconds()));
            b.append(nl);
            b.append("Then the service was restarted with its scheduled DISENGAGED / READY_TO_PROGRESS check due 1 s")
                    .append(" after start, so that the open alerts are those the service itself raises on this history")
                    .append(" (\"").append(checkLine).append("\"; ").append(String.format(Locale.ROOT, "%,d", published))
                    .append(" AlertRaised events published through its outbox; restart, check and outbox drain ")
                    .append(String.format(Locale.ROOT, "%.0f s", checkSeconds)).append("). Open alerts: ");
            StringBuilder types = new StringBuilder();
            alerts.forEach((k, v) -> types.append(types.length() == 0 ? "" : "; ")
                    .append(k.startsWith("H: ") || k.startsWith("L: ") ? k : k + " " + String.format(Locale.ROOT, "%,d", v)));
            b.append(types).append('.').append(nl).append(nl);

            b.append("## Read: `GET /api/patients/{id}/progress`").append(nl).append(nl);
            b.append(String.format(Locale.ROOT, "The patient's own token; %,d warm-up reads, then %,d reads alternating"
                            + " H and L (the order within each pair alternating too), one client thread, HTTP/1.1"
                            + " keep-alive, %.1f s. Latency as the client sees it, audit insert included.%n%n",
                    read.warmup(), read.heavy().count() * 2, read.seconds()));
            b.append("| patient | reads | p50 ms | p90 ms | p99 ms | max ms | mean ms |").append(nl)
                    .append("|---|---:|---:|---:|---:|---:|---:|").append(nl);
            mdRow(b, String.format(Locale.ROOT, "H (%,d logs)", o.heavyLogs), read.heavy());
            mdRow(b, String.format(Locale.ROOT, "L (%,d logs)", o.lightLogs), read.light());
            b.append(String.format(Locale.ROOT, "| **ratio H / L** | | **%.2fx** | %.2fx | %.2fx | | %.2fx |%n",
                    read.p50Ratio(), read.p90Ratio(), read.p99Ratio(), read.meanRatio()));
            b.append(nl);
            b.append("Where the time went (both patients): ").append(readCostLine()).append('.').append(nl).append(nl);
            b.append("Database side of the same read (the three queries `ProgressService.compute` runs, as")
                    .append(" `ProgressStore` writes them, over JDBC, ").append(o.dbRepetitions)
                    .append(" times each alternating H and L; then the read's audit insert with its commit, the only")
                    .append(" write in the read path; microseconds):").append(nl).append(nl);
            b.append("| query | H p50 µs | L p50 µs | H p99 µs | L p99 µs | H rows | L rows |").append(nl)
                    .append("|---|---:|---:|---:|---:|---:|---:|").append(nl);
            for (ReadBench.QueryTiming q : queries) {
                b.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %d | %d |%n", q.name(),
                        q.heavy().p50(), q.light().p50(), q.heavy().p99(), q.light().p99(), q.heavyRows(),
                        q.lightRows()));
            }
            b.append(nl);
            b.append(String.format(Locale.ROOT, "What the projections avoid, for contrast: a full-history aggregate"
                            + " over `session_log` (`%s`), 21 runs each: p50 H %.0f µs, L %.0f µs, **%.0fx**.%n%n",
                    ReadBench.NAIVE, naive.heavy().p50(), naive.light().p50(),
                    naive.heavy().p50() / naive.light().p50()));
            b.append("<details><summary>EXPLAIN (ANALYZE, BUFFERS) for H and L</summary>").append(nl).append(nl);
            for (ReadBench.QueryTiming q : queries) {
                if (!q.heavyPlan().isEmpty()) {
                    plans(b, q);
                }
            }
            plans(b, naive);
            b.append("</details>").append(nl).append(nl);

            b.append("## Read: `GET /api/patients/{id}/outcomes`").append(nl).append(nl);
            b.append(String.format(Locale.ROOT, "H's episode began with a screening %d days ago, L's %d days ago"
                            + " (rows added to `screening` after the progress reads); the answer holds the daily pain"
                            + " series of the episode (%d points for H, %d for L, checked before timing), its weeks of"
                            + " practice and alerts. Same client as above: %,d warm-up reads, then %,d alternating,"
                            + " %.1f s.%n%n", o.heavyEpisodeDays, o.lightEpisodeDays, heavyDays, lightDays,
                    outcomes.warmup(), outcomes.heavy().count() * 2, outcomes.seconds()));
            b.append("| patient | reads | p50 ms | p90 ms | p99 ms | max ms | mean ms |").append(nl)
                    .append("|---|---:|---:|---:|---:|---:|---:|").append(nl);
            mdRow(b, String.format(Locale.ROOT, "H (%d-day episode)", o.heavyEpisodeDays), outcomes.heavy());
            mdRow(b, String.format(Locale.ROOT, "L (%d-day episode)", o.lightEpisodeDays), outcomes.light());
            b.append(String.format(Locale.ROOT, "| **ratio H / L** | | **%.2fx** | %.2fx | %.2fx | | %.2fx |%n",
                    outcomes.p50Ratio(), outcomes.p90Ratio(), outcomes.p99Ratio(), outcomes.meanRatio()));
            b.append(nl).append("Where the time went (both patients): ").append(outcomesCostLine()).append('.')
                    .append(nl).append(nl);

            b.append("## Write: `POST /api/sessions`").append(nl).append(nl);
            b.append(String.format(Locale.ROOT, "%d client threads, %d distinct patients (each with their own token,"
                            + " round robin), one session of the active plan per request with a fresh clientRequestId;"
                            + " %d warm-up requests first, then %d s or at most %,d requests.%n%n", write.threads(),
                    writePatients, writeWarmup.attempts(), o.writeSeconds, o.writeMax));
            b.append("| sessions/s | created | seconds | p50 ms | p90 ms | p99 ms | max ms | answers |").append(nl)
                    .append("|---:|---:|---:|---:|---:|---:|---:|---|").append(nl);
            b.append(String.format(Locale.ROOT, "| **%.1f** | %,d | %.1f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                    write.perSecond(), write.created(), write.seconds(), write.latency().p50(), write.latency().p90(),
                    write.latency().p99(), write.latency().max(), write.statuses()));
            b.append(nl);
            b.append("Where the time went: ").append(writeCostLine()).append('.').append(nl).append(nl);
            b.append(String.format(Locale.ROOT, "Nothing lost or doubled (warm-up + measured: %,d answers 201):"
                            + " `session_log` +%,d, `sum(daily_rollup.sessions)` +%,d, `sum(patient_progress.sessions_logged)`"
                            + " +%,d, `audit_log` CREATE SessionLog +%,d; patients written to whose summary disagrees with"
                            + " their logs (count, rollup sum, last session): %d. **%s**%n%n", created, delta.logs(),
                    delta.rollupSessions(), delta.summarySessions(), delta.auditCreates(), mismatched,
                    consistent ? "OK" : "FAILED"));

            b.append("## Environment").append(nl).append(nl);
            env.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append(nl));
            b.append("- command: `bench/run-progress-bench.sh`").append(nl);
            return b.toString();
        }

        private static void mdRow(StringBuilder b, String name, Stats s) {
            b.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, s.count(),
                    s.p50(), s.p90(), s.p99(), s.max(), s.mean()));
        }

        private static void plans(StringBuilder b, ReadBench.QueryTiming q) {
            String nl = System.lineSeparator();
            b.append("**").append(q.name()).append("**, H:").append(nl).append(nl).append("```text").append(nl)
                    .append(q.heavyPlan()).append(nl).append("```").append(nl).append(nl);
            b.append("L:").append(nl).append(nl).append("```text").append(nl).append(q.lightPlan()).append(nl)
                    .append("```").append(nl).append(nl);
        }
    }
}
