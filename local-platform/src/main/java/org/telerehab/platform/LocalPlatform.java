package org.telerehab.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the whole Telerehab platform on one machine, in the foreground, without Docker: PostgreSQL (embedded), Kafka
 * (KRaft, child JVM), Keycloak (with the local realm and demo users) and the four apps. All data lives under
 * {@code <repo>/.local}; a second run reuses it, {@code --fresh} starts empty. Ctrl-C stops everything.
 *
 * <p>Started by {@code ./platform.sh}, which builds the repository and passes this module's runtime classpath.
 */
public final class LocalPlatform {

    static final String READY_LINE = "Telerehab local platform is ready";

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The apps, in start order: name, module directory, HTTP port, database (null: none). */
    private record App(String name, String module, int port, String database) {
    }

    private static final List<App> APPS = List.of(
            new App("intake-service", "intake-service", 8081, "intake"),
            new App("program-service", "program-service", 8082, "program"),
            new App("progress-service", "progress-service", 8083, "progress"),
            new App("portal", "portal", 8080, null));

    private final Path root;
    private final Path local;
    private final Path logDir;
    private final Path runDir;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final Keycloak keycloak;
    private final Map<App, ChildProcess> apps = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean stopping;
    private final Object stopLock = new Object();
    private boolean stopped;

    private LocalPlatform(Path root) {
        this.root = root;
        // TELEREHAB_DATA_DIR keeps a second data set apart (the end-to-end tests use one of their own)
        String dataDir = System.getenv("TELEREHAB_DATA_DIR");
        this.local = dataDir == null || dataDir.isBlank() ? root.resolve(".local") : root.resolve(dataDir);
        this.logDir = local.resolve("logs");
        this.runDir = local.resolve("run");
        this.postgres = new Postgres(local.resolve("postgres"), logDir.resolve("postgres.log"));
        this.kafka = new KafkaBroker(local.resolve("kafka"), logDir, runDir);
        this.keycloak = new Keycloak(local.resolve("keycloak"), logDir, runDir);
        for (App app : APPS) {
            apps.put(app, new ChildProcess(app.name(), logDir, runDir));
        }
    }

    public static void main(String[] args) {
        // the launcher's own console stays quiet; each component logs to .local/logs/<component>.log
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "error");

        boolean fresh = "1".equals(System.getenv("TELEREHAB_FRESH")) || "true".equals(System.getenv("TELEREHAB_FRESH"));
        for (String arg : args) {
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("Unknown option: " + arg);
                    usage();
                    System.exit(2);
                }
            }
        }
        Path root = findRoot();
        LocalPlatform platform = new LocalPlatform(root);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAll, "telerehab-platform-stop"));
        try {
            platform.run(fresh);
        } catch (StartupFailure e) {
            // on Ctrl-C the children get SIGINT from the terminal too: give the shutdown hook a moment to say so
            sleep(Duration.ofMillis(500));
            if (platform.stopping) {
                return; // Ctrl-C during startup: the shutdown hook is already stopping everything
            }
            System.out.println();
            System.out.println("FAILED: " + e.component() + " " + e.getMessage());
            if (e.logFile() != null) {
                System.out.println("  log: " + e.logFile());
                System.out.println("  last 20 lines:");
                System.out.print(ChildProcess.tail(e.logFile(), 20));
            }
            System.out.println("Stopping everything.");
            System.exit(1);
        } catch (RuntimeException e) {
            if (platform.stopping) {
                return;
            }
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.out);
            System.out.println("Stopping everything.");
            System.exit(1);
        }
    }

    private static void usage() {
        System.out.println("""
                Usage: ./platform.sh [--no-build] [--fresh]
                  Runs PostgreSQL :15432, Kafka :9092, Keycloak :8180 and the apps (portal :8080,
                  intake :8081, program :8082, progress :8083) in the foreground; Ctrl-C stops them all.
                  Data lives in .local/ and is kept between runs.
                  --no-build  do not run the Maven build first (platform.sh)
                  --fresh     delete the data in .local/ first (also: TELEREHAB_FRESH=1)""");
    }

    private void run(boolean fresh) {
        Instant begin = Instant.now();
        checkAppsBuilt();
        try {
            Files.createDirectories(local);
            for (ChildProcess p : children()) {
                p.stopLeftover();
            }
            postgres.stopLeftover();
            if (fresh) {
                System.out.println("--fresh: deleting the data in " + local + " (the unzipped Keycloak is kept)");
                wipeData();
            }
            Files.createDirectories(logDir);
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new StartupFailure("platform", null, "cannot prepare " + local + ": " + e.getMessage(), e);
        }
        checkPortsFree();

        // Keycloak is the slowest: start it first; Kafka next; PostgreSQL in this JVM meanwhile
        step("Keycloak", "starting on :" + Keycloak.PORT + " (log: " + keycloak.process().logFile() + ")");
        keycloak.start(keycloakZip());
        step("Kafka", "starting on :9092 (log: " + kafka.process().logFile() + ")");
        kafka.start();
        step("PostgreSQL", "starting on :" + Postgres.PORT + " (log: " + postgres.logFile() + ")");
        postgres.start(TIMEOUT);
        step("PostgreSQL", "ready; databases " + Postgres.DATABASES + " owned by " + Postgres.USER);

        Instant kafkaDeadline = kafka.process().startedAt().plus(TIMEOUT);
        kafka.awaitReadyAndCreateTopics(kafkaDeadline, () -> {
            keycloak.process().checkAlive();
            checkStopping();
        });
        step("Kafka", "ready; topics " + KafkaBroker.TOPICS);

        Instant keycloakDeadline = keycloak.process().startedAt().plus(KEYCLOAK_TIMEOUT);
        awaitHttp(keycloak.process(), Keycloak.READY_URL, keycloakDeadline, () -> {
            kafka.process().checkAlive();
            checkStopping();
        });
        step("Keycloak", "ready; realm " + Keycloak.REALM);

        for (Map.Entry<App, ChildProcess> e : apps.entrySet()) {
            step(e.getKey().name(), "starting on :" + e.getKey().port() + " (log: " + e.getValue().logFile() + ")");
            startApp(e.getKey(), e.getValue());
        }
        List<App> waiting = new ArrayList<>(apps.keySet());
        while (!waiting.isEmpty()) {
            checkStopping();
            checkInfrastructure();
            for (App app : new ArrayList<>(waiting)) {
                ChildProcess p = apps.get(app);
                p.checkAlive();
                if (httpOk(healthUrl(app))) {
                    waiting.remove(app);
                    step(app.name(), "ready (" + Duration.between(p.startedAt(), Instant.now()).toSeconds() + " s)");
                } else if (Instant.now().isAfter(p.startedAt().plus(TIMEOUT))) {
                    throw new StartupFailure(app.name(), p.logFile(),
                            "not ready: " + healthUrl(app) + " did not answer 200 within " + TIMEOUT.toSeconds() + " s");
                }
            }
            sleep(Duration.ofMillis(500));
        }
        banner(Duration.between(begin, Instant.now()));

        // stay in the foreground; a component that dies takes the platform down with a clear message
        while (true) {
            sleep(Duration.ofSeconds(1));
            checkStopping();
            checkInfrastructure();
            for (ChildProcess p : apps.values()) {
                p.checkAlive();
            }
        }
    }

    private void checkInfrastructure() {
        kafka.process().checkAlive();
        keycloak.process().checkAlive();
        if (!postgres.isRunning() && !stopping) {
            throw new StartupFailure("postgres", postgres.logFile(), "is not answering on :" + Postgres.PORT);
        }
    }

    private void checkStopping() {
        if (stopping) {
            throw new StartupFailure("platform", null, "stopping");
        }
    }

    private void startApp(App app, ChildProcess process) {
        Path module = root.resolve(app.module());
        Map<String, String> env = new LinkedHashMap<>();
        if (app.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + Postgres.PORT + "/" + app.database());
        }
        env.put("QUARKUS_DATASOURCE_USERNAME", Postgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.BOOTSTRAP);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Keycloak.REALM_URL);
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(app.port()));
        if (app.database() == null) {
            // the portal's own confidential client in the local realm (demo data)
            env.put("QUARKUS_OIDC_CLIENT_ID", "telerehab-portal");
            env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "portal-local-secret");
        }
        process.start(List.of(javaExecutable(), "-jar", quarkusRunJar(app).toString()), module, env);
    }

    private Path quarkusRunJar(App app) {
        return root.resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static String healthUrl(App app) {
        return "http://localhost:" + app.port() + "/q/health/ready";
    }

    private void checkAppsBuilt() {
        List<String> missing = new ArrayList<>();
        for (App app : APPS) {
            if (!Files.isRegularFile(quarkusRunJar(app))) {
                missing.add(root.relativize(quarkusRunJar(app)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupFailure("platform", null, "apps are not built: missing " + missing
                    + ". Run ./platform.sh without --no-build (or ./mvnw install -DskipTests).");
        }
    }

    private void checkPortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(Postgres.PORT, "PostgreSQL");
        ports.put(9092, "Kafka");
        ports.put(9093, "Kafka controller");
        ports.put(Keycloak.PORT, "Keycloak");
        for (App app : APPS) {
            ports.put(app.port(), app.name());
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((port, owner) -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", port), 300);
                busy.add(port + " (" + owner + ")");
            } catch (IOException free) {
                // nothing listens: good
            }
        });
        if (!busy.isEmpty()) {
            throw new StartupFailure("platform", null, "ports already in use: " + busy
                    + ". Is another platform (or a dev-mode app) running? Find it with: ss -ltnp");
        }
    }

    private void awaitHttp(ChildProcess process, String url, Instant deadline, Runnable checkOthers) {
        while (true) {
            process.checkAlive();
            checkOthers.run();
            if (httpOk(url)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(process.name(), process.logFile(), "not ready: " + url + " did not answer 200 within "
                        + Duration.between(process.startedAt(), deadline).toSeconds() + " s");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private boolean httpOk(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void awaitPort(String component, Path logFile, int port, Instant deadline, Runnable check) {
        while (true) {
            check.run();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new StartupFailure(component, logFile, "not listening on :" + port + " in time");
                }
            }
            sleep(Duration.ofMillis(300));
        }
    }

    private Path keycloakZip() {
        String configured = System.getProperty("telerehab.keycloak.zip");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path written = root.resolve("local-platform/target/keycloak-dist.txt");
        try {
            if (Files.exists(written)) {
                Path zip = Paths.get(Files.readString(written).trim());
                if (Files.isRegularFile(zip)) {
                    return zip;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        throw new StartupFailure("keycloak", null, "the Keycloak distribution zip was not found: "
                + written + " is missing or stale. Build with ./platform.sh (or ./mvnw -pl local-platform package).");
    }

    private List<ChildProcess> children() {
        List<ChildProcess> all = new ArrayList<>(apps.values());
        all.add(keycloak.process());
        all.add(kafka.process());
        return all;
    }

    /** Deletes everything in .local except the unzipped Keycloak distribution. */
    private void wipeData() throws IOException {
        if (!Files.isDirectory(local)) {
            return;
        }
        try (Stream<Path> entries = Files.list(local)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().equals("keycloak") && Files.isDirectory(entry)) {
                    try (Stream<Path> kc = Files.list(entry)) {
                        for (Path k : kc.toList()) {
                            if (!k.getFileName().toString().equals("dist")) {
                                deleteRecursively(k);
                            }
                        }
                    }
                } else {
                    deleteRecursively(entry);
                }
            }
        }
    }

    /** Shutdown hook: apps first, then Keycloak and Kafka, then PostgreSQL. */
    private void stopAll() {
        synchronized (stopLock) {
            if (stopped) {
                return;
            }
            stopped = true;
            stopping = true;
            List<ChildProcess> running = apps.values().stream().filter(ChildProcess::isStarted).toList();
            boolean anything = !running.isEmpty() || keycloak.process().isStarted() || kafka.process().isStarted();
            if (anything) {
                System.out.println();
                System.out.println("Stopping the Telerehab platform ...");
            }
            stopGroup(running);
            stopGroup(List.of(keycloak.process(), kafka.process()).stream().filter(ChildProcess::isStarted).toList());
            postgres.stop();
            if (anything) {
                System.out.println("Stopped. Data kept in " + local + " (./platform.sh --fresh starts empty).");
            }
        }
    }

    private static void stopGroup(List<ChildProcess> group) {
        group.forEach(ChildProcess::terminate);
        group.parallelStream().forEach(p -> p.awaitExit(STOP_GRACE));
    }

    private void banner(Duration took) {
        String line = "=".repeat(100);
        StringBuilder b = new StringBuilder();
        b.append(System.lineSeparator()).append(line).append(System.lineSeparator());
        b.append(" ").append(READY_LINE).append(" (").append(took.toSeconds()).append(" s). Ctrl-C stops it; data stays in .local/")
                .append(System.lineSeparator());
        b.append(line).append(System.lineSeparator());
        b.append(" Portal              http://localhost:8080/").append(System.lineSeparator());
        for (App app : APPS) {
            if (app.database() == null) {
                continue;
            }
            String base = "http://localhost:" + app.port();
            b.append(String.format(" %-19s %s/q/swagger-ui   %s/q/health/ready   %s/q/openapi%n",
                    app.name(), base, base, base));
        }
        b.append(" Portal health       http://localhost:8080/q/health/ready").append(System.lineSeparator());
        b.append(" Keycloak admin      http://localhost:8180/admin/   (admin / admin)   realm: telerehab")
                .append(System.lineSeparator());
        b.append(" OIDC issuer         ").append(Keycloak.REALM_URL).append(System.lineSeparator());
        b.append(" PostgreSQL          jdbc:postgresql://localhost:15432/{intake,program,progress}   (telerehab / telerehab)")
                .append(System.lineSeparator());
        b.append(" Kafka               localhost:9092   topics: ").append(String.join(", ", KafkaBroker.TOPICS))
                .append(System.lineSeparator());
        b.append(" Logs                ").append(logDir).append("/<component>.log").append(System.lineSeparator());
        b.append(line).append(System.lineSeparator());
        b.append(" Demo logins (password = user name):").append(System.lineSeparator());
        b.append("   patient1 / patient1       patient     id 11111111-1111-4111-8111-111111111111").append(System.lineSeparator());
        b.append("   patient2 / patient2       patient     id 22222222-2222-4222-8222-222222222222").append(System.lineSeparator());
        b.append("   therapist1 / therapist1   therapist   id 33333333-3333-4333-8333-333333333333").append(System.lineSeparator());
        b.append("   therapist2 / therapist2   therapist   id 44444444-4444-4444-8444-444444444444").append(System.lineSeparator());
        b.append("   admin1 / admin1           admin       id 55555555-5555-4555-8555-555555555555").append(System.lineSeparator());
        b.append(" An access token (client telerehab-cli, password grant):").append(System.lineSeparator());
        b.append("   TOKEN=$(curl -s -d grant_type=password -d client_id=telerehab-cli -d username=therapist1 -d password=therapist1 \\")
                .append(System.lineSeparator());
        b.append("     " + Keycloak.REALM_URL + "/protocol/openid-connect/token \\").append(System.lineSeparator());
        b.append("     | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')").append(System.lineSeparator());
        b.append("   curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8082/api/worklist").append(System.lineSeparator());
        b.append(line).append(System.lineSeparator());
        System.out.print(b);
        System.out.flush();
    }

    private static void step(String component, String message) {
        System.out.printf("[%s] %-17s %s%n", TIME.format(java.time.LocalTime.now()), component, message);
    }

    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The repository root: -Dtelerehab.root, else the first directory upwards with local-platform/ in it. */
    private static Path findRoot() {
        String configured = System.getProperty("telerehab.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("local-platform")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Run from inside the Telerehab repository (or pass -Dtelerehab.root=...)");
    }

    /** Deletes a file or directory tree without following symbolic links. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
