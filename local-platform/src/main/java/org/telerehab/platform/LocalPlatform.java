package org.telerehab.platform;

import org.telerehab.events.BrokerAccess;
import org.telerehab.events.Topics;
import org.telerehab.platformkit.ChildProcess;
import org.telerehab.platformkit.FileTrees;
import org.telerehab.platformkit.KafkaServer;
import org.telerehab.platformkit.KeycloakServer;
import org.telerehab.platformkit.MailServer;
import org.telerehab.platformkit.Net;
import org.telerehab.platformkit.ObjectStore;
import org.telerehab.platformkit.PostgresServer;
import org.telerehab.platformkit.QuarkusApp;
import org.telerehab.platformkit.StartupFailure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole Telerehab platform on one machine, on fixed ports, without Docker: PostgreSQL, Kafka, Keycloak (the local
 * realm with demo users), a mail server, an object store and the five apps, each a process started through
 * platform-kit. All data lives under one directory ({@code <repo>/.local} for {@code ./platform.sh}); a second run
 * reuses it, a fresh start deletes it first. {@link #main} is what {@code ./platform.sh} runs in the foreground
 * (Ctrl-C stops everything); the end-to-end tests start the same platform through {@link #start} and {@link #close}.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String READY_LINE = "Telerehab local platform is ready";

    public static final int PORTAL_PORT = 8080;
    public static final int INTAKE_PORT = 8081;
    public static final int PROGRAM_PORT = 8082;
    public static final int PROGRESS_PORT = 8083;
    public static final int REGISTRY_PORT = 8084;
    public static final int ENGAGEMENT_PORT = 8085;
    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 9092;
    public static final int KEYCLOAK_PORT = 8180;
    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    /** GreenMail's REST API, off the portal's 8080, loopback only. */
    public static final int MAIL_API_PORT = 8025;
    public static final int OBJECT_STORE_PORT = 9009;
    public static final String DB_USER = "telerehab";
    public static final String DB_PASSWORD = "telerehab";
    /**
     * The base32 key of admin1's authenticator in the local realm (the realm stores its raw form,
     * "telerehab-admin1-otp"): local demo data only, like the passwords.
     */
    public static final String ADMIN1_TOTP_KEY = "ORSWYZLSMVUGCYRNMFSG22LOGEWW65DQ";
    /** The role the services run as (only INSERT on the audit trail); the owner above runs the migrations. */
    public static final String DB_RUNTIME_USER = "telerehab_app";
    public static final String DB_RUNTIME_PASSWORD = "telerehab_app";
    /** registry-service's client secret in the local realm: local demo data, like the passwords. */
    public static final String REGISTRY_CLIENT_SECRET = "registry-local-secret";
    public static final String REALM = "telerehab";
    public static final String REALM_URL = "http://localhost:" + KEYCLOAK_PORT + "/realms/" + REALM;

    /** An app: name, module directory, HTTP port, database (null: none). */
    public record App(String name, String module, int port, String database) {
    }

    /** In start order. */
    public static final List<App> APPS = List.of(
            new App("intake-service", "intake-service", INTAKE_PORT, "intake"),
            new App("program-service", "program-service", PROGRAM_PORT, "program"),
            new App("progress-service", "progress-service", PROGRESS_PORT, "progress"),
            new App("registry-service", "registry-service", REGISTRY_PORT, "registry"),
            new App("engagement-service", "engagement-service", ENGAGEMENT_PORT, "engagement"),
            new App("portal", "portal", PORTAL_PORT, null));

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path root;
    private final Path local;
    private final Path logDir;
    private final Path runDir;
    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final KeycloakServer keycloak;
    private final MailServer mail;
    private final ObjectStore objectStore;
    private final Map<App, QuarkusApp> apps = new LinkedHashMap<>();
    private volatile boolean stopping;
    private boolean stopped;

    private LocalPlatform(Path root, Path local) {
        this.root = root;
        this.local = local;
        this.logDir = local.resolve("logs");
        this.runDir = local.resolve("run");
        this.postgres = new PostgresServer("postgres", POSTGRES_PORT, local.resolve("postgres"), log("postgres"))
                .set("max_connections", "200")
                .owner(DB_USER, DB_PASSWORD, APPS.stream().map(App::database).filter(d -> d != null).toList())
                .runtimeRole(DB_RUNTIME_USER, DB_RUNTIME_PASSWORD)
                .stoppedByCaller();
        this.kafka = new KafkaServer(local.resolve("kafka"), KAFKA_PORT, log("kafka"));
        this.keycloak = new KeycloakServer(local.resolve("keycloak"), KEYCLOAK_PORT, REALM, log("keycloak"));
        this.mail = new MailServer(local.resolve("mail"), SMTP_PORT, IMAP_PORT, MAIL_API_PORT, log("mail"));
        this.objectStore = new ObjectStore(local.resolve("object-store"), OBJECT_STORE_PORT, log("object-store"));
        for (App app : APPS) {
            QuarkusApp process = new QuarkusApp(app.name(), root.resolve(app.module()).resolve("target/quarkus-app"),
                    app.port(), log(app.name())).workDir(root.resolve(app.module())).env(environment(app));
            apps.put(app, process);
        }
        for (ChildProcess p : children()) {
            p.rotateLog(true).pidFile(runDir.resolve(p.name() + ".pid"));
        }
    }

    private Path log(String component) {
        return logDir.resolve(component + ".log");
    }

    /** The platform of the repository at {@code root}, its data in {@code dataDir}. */
    public static LocalPlatform at(Path root, Path dataDir) {
        return new LocalPlatform(root, dataDir);
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
        // TELEREHAB_DATA_DIR keeps a second data set apart
        String dataDir = System.getenv("TELEREHAB_DATA_DIR");
        LocalPlatform platform = at(root, dataDir == null || dataDir.isBlank() ? root.resolve(".local")
                : root.resolve(dataDir));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "telerehab-platform-stop"));
        try {
            Instant begin = Instant.now();
            platform.start(fresh);
            platform.banner(Duration.between(begin, Instant.now()));
            platform.watch();
        } catch (StartupFailure e) {
            // on Ctrl-C the children get SIGINT from the terminal too: give the shutdown hook a moment to say so
            sleep(Duration.ofMillis(500));
            if (platform.stopping) {
                return; // Ctrl-C: the shutdown hook is already stopping everything
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
                  Runs PostgreSQL :15432, Kafka :9092, Keycloak :8180, mail (SMTP :3025, IMAP :3143), an S3 object
                  store :9009 and the apps (portal :8080, intake :8081, program :8082, progress :8083,
                  registry :8084, engagement :8085) in the foreground; Ctrl-C stops them all. Data lives in .local/
                  and is kept between runs.
                  --no-build  do not run the Maven build first (platform.sh)
                  --fresh     delete the data in .local/ first (also: TELEREHAB_FRESH=1)""");
    }

    /** Starts every part and waits until each is ready; throws {@link StartupFailure} naming the one that is not. */
    public void start(boolean fresh) {
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

        // Keycloak is the slowest: first; then Kafka, mail, the object store; PostgreSQL meanwhile
        step("Keycloak", "starting on :" + KEYCLOAK_PORT + " (log: " + keycloak.process().logFile() + ")");
        keycloak.start(realmJson(), "admin", "admin"); // local only: the master realm's bootstrap admin
        step("Kafka", "starting on :" + KAFKA_PORT + " (log: " + kafka.process().logFile() + ")");
        kafka.start();
        step("Mail", "starting on :" + SMTP_PORT + " (SMTP), :" + IMAP_PORT + " (IMAP) (log: "
                + mail.process().logFile() + ")");
        mail.start();
        step("Object store", "starting on :" + OBJECT_STORE_PORT + " (log: " + objectStore.process().logFile() + ")");
        objectStore.start();
        step("PostgreSQL", "starting on :" + POSTGRES_PORT + " (log: " + postgres.logFile() + ")");
        postgres.start(TIMEOUT);
        step("PostgreSQL", "ready; databases " + APPS.stream().map(App::database)
                .filter(d -> d != null).toList() + " owned by " + DB_USER);

        Runnable othersAlive = () -> {
            checkStopping();
            for (ChildProcess p : List.of(keycloak.process(), kafka.process(), mail.process(), objectStore.process())) {
                p.checkAlive();
            }
        };
        kafka.awaitReady(kafka.process().startedAt().plus(TIMEOUT), othersAlive);
        step("Kafka", "ready; topics " + BrokerAccess.allTopics() + ", each service with its own user and ACLs");
        mail.awaitReady(mail.process().startedAt().plus(TIMEOUT), othersAlive);
        step("Mail", "ready");
        objectStore.awaitReady(objectStore.process().startedAt().plus(TIMEOUT), othersAlive);
        step("Object store", "ready");
        keycloak.awaitReady(keycloak.process().startedAt().plus(KEYCLOAK_TIMEOUT), othersAlive);
        step("Keycloak", "ready; realm " + REALM);

        for (QuarkusApp app : apps.values()) {
            step(app.name(), "starting on :" + app.port() + " (log: " + app.process().logFile() + ")");
            app.start();
        }
        List<QuarkusApp> waiting = new ArrayList<>(apps.values());
        while (!waiting.isEmpty()) {
            checkStopping();
            checkInfrastructure();
            for (QuarkusApp app : new ArrayList<>(waiting)) {
                app.process().checkAlive();
                if (Net.httpStatus(app.healthUrl()) == 200) {
                    waiting.remove(app);
                    step(app.name(), "ready (" + Duration.between(app.process().startedAt(), Instant.now()).toSeconds()
                            + " s)");
                } else if (Instant.now().isAfter(app.process().startedAt().plus(TIMEOUT))) {
                    throw new StartupFailure(app.name(), app.process().logFile(), "not ready: " + app.healthUrl()
                            + " did not answer 200 within " + TIMEOUT.toSeconds() + " s");
                }
            }
            sleep(Duration.ofMillis(500));
        }
        addDemoProfiles();
    }

    /**
     * The demo users' profiles in registry-service's database, once it has migrated it: local demo data, kept here and
     * not in the service (whose Flyway locations are fixed when it is built). Adding them again changes nothing.
     */
    private void addDemoProfiles() {
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/demo/registry-profiles.sql");
             Connection db = postgres.connect("registry"); Statement sql = db.createStatement()) {
            if (in == null) {
                throw new StartupFailure("registry-service", null, "demo/registry-profiles.sql missing from the"
                        + " classpath");
            }
            sql.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | SQLException e) {
            throw new StartupFailure("registry-service", null, "cannot add the demo profiles: " + e.getMessage());
        }
        step("registry-service", "demo profiles of patient1, patient2, therapist1, therapist2");
    }

    /** Stays in the foreground; a part that dies takes the platform down with a clear message. */
    public void watch() {
        while (true) {
            sleep(Duration.ofSeconds(1));
            checkStopping();
            checkInfrastructure();
            for (QuarkusApp app : apps.values()) {
                app.process().checkAlive();
            }
        }
    }

    private InputStream realmJson() {
        InputStream realm = LocalPlatform.class.getResourceAsStream("/realm/telerehab-realm.json");
        if (realm == null) {
            throw new StartupFailure("keycloak", null, "realm file /realm/telerehab-realm.json missing from the classpath");
        }
        return realm;
    }

    private void checkInfrastructure() {
        kafka.process().checkAlive();
        keycloak.process().checkAlive();
        mail.process().checkAlive();
        objectStore.process().checkAlive();
        if (!postgres.isRunning() && !stopping) {
            throw new StartupFailure("postgres", postgres.logFile(), "is not answering on :" + POSTGRES_PORT);
        }
    }

    /** The platform's broker (its address, CA and each service's login), for tests that check what it refuses. */
    public KafkaServer kafka() {
        return kafka;
    }

    /** The platform's PostgreSQL (one database per service), for tests that look at what a service stored. */
    public PostgresServer postgres() {
        return postgres;
    }

    /**
     * Another process of one of the platform's apps, with the same database, broker login and settings as the one
     * the platform runs (a further replica, as the cluster runs two), on {@code port}, its log beside the others'.
     * Not started: the caller starts and stops it.
     */
    public QuarkusApp replica(String appName, int port) {
        App app = APPS.stream().filter(a -> a.name().equals(appName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no app " + appName));
        String name = app.name() + "-replica-" + port;
        return new QuarkusApp(name, root.resolve(app.module()).resolve("target/quarkus-app"), port, log(name))
                .workDir(root.resolve(app.module())).env(environment(app));
    }

    private void checkStopping() {
        if (stopping) {
            throw new StartupFailure("platform", null, "stopping");
        }
    }

    private Map<String, String> environment(App app) {
        Map<String, String> env = new LinkedHashMap<>();
        if (app.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(app.database()));
        }
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_RUNTIME_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_RUNTIME_PASSWORD);
        env.put("QUARKUS_FLYWAY_USERNAME", DB_USER);
        env.put("QUARKUS_FLYWAY_PASSWORD", DB_PASSWORD);
        if (app.database() != null) {
            env.putAll(kafka.serviceEnvironment(app.name())); // its own broker user and password
        }
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", REALM_URL);
        if (app.name().equals("registry-service")) {
            // its confidential client in the local realm (demo data)
            env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", "http://localhost:" + KEYCLOAK_PORT);
            env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", REGISTRY_CLIENT_SECRET);
            env.put("TELEREHAB_REGISTRY_INVITATION_REDIRECT_URI", "http://localhost:" + PORTAL_PORT + "/");
            // its own mails (engagement-service's notifications) to the local mail server, like Keycloak's
            env.put("QUARKUS_MAILER_HOST", "localhost");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(SMTP_PORT));
            env.put("QUARKUS_MAILER_FROM", "Telerehab <no-reply@telerehab.local>");
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        }
        if (app.name().equals("program-service")) {
            // exercise media in the local object store; the bucket is made on first use (ops provide it in production)
            env.put("TELEREHAB_MEDIA_STORE_ENDPOINT", objectStore.endpoint());
            env.put("TELEREHAB_MEDIA_STORE_ACCESS_KEY", ObjectStore.ACCESS_KEY);
            env.put("TELEREHAB_MEDIA_STORE_SECRET_KEY", ObjectStore.SECRET_KEY);
            env.put("TELEREHAB_MEDIA_STORE_CREATE_BUCKET", "true");
        }
        if (app.database() == null) {
            // the portal's own confidential client in the local realm (demo data)
            env.put("QUARKUS_OIDC_CLIENT_ID", "telerehab-portal");
            env.put("TELEREHAB_PORTAL_CLIENT_SECRET", "portal-local-secret");
            // plain http on localhost, no TLS ingress in front: the prod profile's https redirect URIs would break login
            env.put("QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME", "false");
            env.put("TELEREHAB_PORTAL_STATE_SECRET", "telerehab-portal-local-state-secret-0123456789");
            env.put("TELEREHAB_PORTAL_SESSION_SECRET", "telerehab-portal-local-session-secret-0123456789");
            // the other APIs' URLs are the portal's own defaults (localhost:8081-8084); engagement-service's is set
            // here, as the cluster's portal.env does
            env.put("QUARKUS_REST_CLIENT_ENGAGEMENT_URL", "http://localhost:" + ENGAGEMENT_PORT);
        }
        return env;
    }

    private void checkAppsBuilt() {
        List<String> missing = apps.entrySet().stream().filter(e -> !e.getValue().isBuilt())
                .map(e -> e.getKey().module() + "/target/quarkus-app/quarkus-run.jar").toList();
        if (!missing.isEmpty()) {
            throw new StartupFailure("platform", null, "apps are not built: missing " + missing
                    + ". Run ./platform.sh without --no-build (or ./mvnw install -DskipTests).");
        }
    }

    private void checkPortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES_PORT, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(kafka.controllerPort(), "Kafka controller");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        ports.put(SMTP_PORT, "mail (SMTP)");
        ports.put(IMAP_PORT, "mail (IMAP)");
        ports.put(MAIL_API_PORT, "mail (API)");
        ports.put(OBJECT_STORE_PORT, "object store");
        for (App app : APPS) {
            ports.put(app.port(), app.name());
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((port, owner) -> {
            if (Net.listening(port)) {
                busy.add(port + " (" + owner + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new StartupFailure("platform", null, "ports already in use: " + busy
                    + ". Is another platform (or a dev-mode app) running? Find it with: ss -ltnp");
        }
    }

    private List<ChildProcess> children() {
        List<ChildProcess> all = new ArrayList<>();
        apps.values().forEach(a -> all.add(a.process()));
        all.addAll(List.of(keycloak.process(), kafka.process(), mail.process(), objectStore.process()));
        return all;
    }

    /** Deletes everything in the data directory except the unzipped Keycloak distribution. */
    private void wipeData() throws IOException {
        if (!Files.isDirectory(local)) {
            return;
        }
        try (Stream<Path> entries = Files.list(local)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().equals("keycloak") && Files.isDirectory(entry)) {
                    KeycloakServer.deleteData(entry);
                } else {
                    FileTrees.delete(entry);
                }
            }
        }
    }

    /** Apps first, then Keycloak, Kafka, mail and the object store, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            stopping = true;
        }
        List<ChildProcess> running = apps.values().stream().map(QuarkusApp::process)
                .filter(ChildProcess::isStarted).toList();
        List<ChildProcess> infrastructure = Stream.of(keycloak.process(), kafka.process(), mail.process(),
                objectStore.process()).filter(ChildProcess::isStarted).toList();
        boolean anything = !running.isEmpty() || !infrastructure.isEmpty();
        if (anything) {
            System.out.println();
            System.out.println("Stopping the Telerehab platform ...");
        }
        stopGroup(running);
        stopGroup(infrastructure);
        postgres.stop();
        if (anything) {
            System.out.println("Stopped. Data kept in " + local + " (./platform.sh --fresh starts empty).");
        }
    }

    private static void stopGroup(List<ChildProcess> group) {
        group.forEach(ChildProcess::terminate);
        group.parallelStream().forEach(p -> p.awaitExit(STOP_GRACE));
    }

    private void banner(Duration took) {
        String line = "=".repeat(100);
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(nl).append(line).append(nl);
        b.append(" ").append(READY_LINE).append(" (").append(took.toSeconds())
                .append(" s). Ctrl-C stops it; data stays in .local/").append(nl);
        b.append(line).append(nl);
        b.append(" Portal              http://localhost:8080/").append(nl);
        for (App app : APPS) {
            if (app.database() == null) {
                continue;
            }
            String base = "http://localhost:" + app.port();
            b.append(String.format(" %-19s %s/q/swagger-ui   %s/q/health/ready   %s/q/openapi%n",
                    app.name(), base, base, base));
        }
        b.append(" Portal health       http://localhost:8080/q/health/ready").append(nl);
        b.append(" Keycloak admin      http://localhost:" + KEYCLOAK_PORT + "/admin/   (admin / admin)   realm: " + REALM)
                .append(nl);
        b.append(" OIDC issuer         ").append(REALM_URL).append(nl);
        b.append(" PostgreSQL          jdbc:postgresql://localhost:" + POSTGRES_PORT
                + "/{intake,program,progress,registry,engagement}   (owner " + DB_USER + " / " + DB_PASSWORD
                + "; the services run as " + DB_RUNTIME_USER + ")").append(nl);
        b.append(" Kafka               localhost:" + KAFKA_PORT + "   topics: ").append(String.join(", ", Topics.ALL))
                .append(nl);
        b.append("                     TLS (CA " + kafka.caPem() + ") and SCRAM-SHA-512: each service its own user"
                + " with only its ACLs, new passwords at each start").append(nl);
        b.append(" Mail (GreenMail)    SMTP localhost:" + SMTP_PORT + "   IMAP localhost:" + IMAP_PORT
                + "   nothing leaves this machine").append(nl);
        b.append("                     read a mailbox over IMAP: login = the address, password = the address")
                .append(nl);
        b.append("                     e.g. curl -s --url 'imap://localhost:" + IMAP_PORT
                + "/INBOX;UID=1' --user 'patient1@example.org:patient1@example.org'").append(nl);
        b.append(" Object store (S3)   endpoint http://127.0.0.1:" + OBJECT_STORE_PORT + "   access key "
                + ObjectStore.ACCESS_KEY + "   secret " + ObjectStore.SECRET_KEY).append(nl);
        b.append("                     path-style access, any region (e.g. us-east-1); local only").append(nl);
        b.append(" Logs                ").append(logDir).append("/<component>.log").append(nl);
        b.append(line).append(nl);
        b.append(" Demo logins (password = user name):").append(nl);
        b.append("   patient1 / patient1       patient     id 11111111-1111-4111-8111-111111111111").append(nl);
        b.append("   patient2 / patient2       patient     id 22222222-2222-4222-8222-222222222222").append(nl);
        b.append("   therapist1 / therapist1   therapist   id 33333333-3333-4333-8333-333333333333").append(nl);
        b.append("   therapist2 / therapist2   therapist   id 44444444-4444-4444-8444-444444444444").append(nl);
        b.append("   admin1 / admin1           admin       id 55555555-5555-4555-8555-555555555555").append(nl);
        b.append("     admin1 also gives a one-time code (staff MFA): add the key " + ADMIN1_TOTP_KEY).append(nl);
        b.append("     to an authenticator app (TOTP, SHA1, 6 digits, 30 s); therapists may set one up in their account")
                .append(nl);
        b.append(" An access token (client telerehab-cli, password grant):").append(nl);
        b.append("   TOKEN=$(curl -s -d grant_type=password -d client_id=telerehab-cli -d username=therapist1 -d password=therapist1 \\")
                .append(nl);
        b.append("     " + REALM_URL + "/protocol/openid-connect/token \\").append(nl);
        b.append("     | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')").append(nl);
        b.append("   curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8082/api/worklist").append(nl);
        b.append(line).append(nl);
        System.out.print(b);
        System.out.flush();
    }

    private static void step(String component, String message) {
        System.out.printf("[%s] %-17s %s%n", TIME.format(LocalTime.now()), component, message);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The repository root: -Dtelerehab.root, else the first directory upwards with local-platform/ in it. */
    public static Path findRoot() {
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
}
