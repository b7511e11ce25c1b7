package org.telerehab.bench;

import org.telerehab.platformkit.KafkaServer;
import org.telerehab.platformkit.PostgresServer;
import org.telerehab.platformkit.QuarkusApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fault test and the load benchmark run against, each its own process started through platform-kit on
 * random free ports, all data in the work directory: one PostgreSQL server per service (durable commits), a Kafka
 * broker, intake-, program- and progress-service (private copies of their builds, verifying the bench's tokens).
 */
public final class Cluster implements AutoCloseable {

    public static final List<String> SERVICES = List.of("intake", "program", "progress");
    public static final String DB_USER = "telerehab";
    public static final String DB_PASSWORD = "telerehab";
    /** The role the services run as, as in production (only INSERT on the audit trail). */
    public static final String DB_RUNTIME_USER = "telerehab_app";

    public final Tokens tokens = new Tokens();
    /** by service ("intake", ...); each server holds one database of that name */
    public final Map<String, PostgresServer> pg = new LinkedHashMap<>();
    public final Map<String, QuarkusApp> services = new LinkedHashMap<>();
    /** process start to /q/health/ready of each service's first start */
    public final Map<String, Duration> firstStart = new LinkedHashMap<>();
    public KafkaServer kafka;
    private final Path root;
    private final Path work;
    private final List<String> serviceJvm;
    private boolean closed;

    public Cluster(Path root, Path work, List<String> serviceJvm) {
        this.root = root;
        this.work = work;
        this.serviceJvm = serviceJvm;
    }

    public void start() {
        // whatever ends the harness JVM (an exception, Ctrl-C, System.exit), its child processes go with it
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cluster-closer"));
        for (String s : SERVICES) {
            PostgresServer server = postgres(s, work);
            server.start(Duration.ofSeconds(90));
            pg.put(s, server);
        }
        kafka = new KafkaServer(work.resolve("kafka"), 0, work.resolve("kafka.log")).logLevel("warn");
        kafka.start();
        kafka.awaitReady(Duration.ofSeconds(120));
        for (String s : SERVICES) {
            services.put(s, service(root, work, s, pg.get(s), kafka, tokens.publicKeyBase64(), serviceJvm));
        }
        // one at a time: on 2 cores, parallel starts would mostly measure each other
        for (String s : SERVICES) {
            firstStart.put(s, services.get(s).startAndAwait(Duration.ofSeconds(180)));
        }
    }

    /** One service's PostgreSQL server: durable commits (zonky turns them off by default; production pays them). */
    static PostgresServer postgres(String service, Path work) {
        return new PostgresServer("postgres-" + service, 0, work.resolve("pg-" + service),
                work.resolve("pg-" + service + ".log"))
                .durable()
                .set("max_connections", "100")
                .set("shared_buffers", "128MB")
                .set("timezone", "UTC")
                .owner(DB_USER, DB_PASSWORD, List.of(service))
                .runtimeRole(DB_RUNTIME_USER, DB_RUNTIME_USER);
    }

    /**
     * A built service (a private copy of {@code <service>-service/target/quarkus-app}) against its database and the
     * broker, verifying the bench's own RS256 tokens instead of Keycloak's.
     */
    static QuarkusApp service(Path root, Path work, String service, PostgresServer db, KafkaServer kafka,
                              String publicKey, List<String> jvm) {
        String name = service + "-service";
        return new QuarkusApp(name, root.resolve(name).resolve("target/quarkus-app"), 0, work.resolve(name + ".log"))
                .privateCopyIn(work)
                .jvm(jvm)
                // the JVM options production runs the service with (its ConfigMap's JDK_JAVA_OPTIONS): start time
                // and memory measured here are production's; options on the command line come after them
                .env("JDK_JAVA_OPTIONS", prodJvmOptions(root, name))
                .env("QUARKUS_HTTP_HOST", "localhost")
                .env("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(service))
                .env("QUARKUS_DATASOURCE_USERNAME", DB_RUNTIME_USER)
                .env("QUARKUS_DATASOURCE_PASSWORD", DB_RUNTIME_USER)
                .env("QUARKUS_FLYWAY_USERNAME", DB_USER)
                .env("QUARKUS_FLYWAY_PASSWORD", DB_PASSWORD)
                .env(kafka.serviceEnvironment(name))
                // the drivers write as a few users, far faster than any person: the per-user budget would measure itself
                .env("TELEREHAB_LIMITS_WRITES_PER_MINUTE", "100000000")
                .env("TELEREHAB_LIMITS_WRITES_BURST", "100000000")
                // program-service's media store: the benchmarks upload nothing, so none runs (it is never called)
                .env("TELEREHAB_MEDIA_STORE_ENDPOINT", "http://127.0.0.1:9")
                .env("TELEREHAB_MEDIA_STORE_ACCESS_KEY", "bench")
                .env("TELEREHAB_MEDIA_STORE_SECRET_KEY", "bench")
                // the public key is used only when no auth-server-url is set, and the kit's default points at
                // Keycloak, so it is blanked (an empty value unsets it)
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", "")
                .env("QUARKUS_OIDC_PUBLIC_KEY", publicKey)
                .env("QUARKUS_OIDC_TOKEN_ISSUER", "any")
                // progress' DISENGAGED / READY_TO_PROGRESS scan: out of the run (it would raise alerts of its own)
                .env("TELEREHAB_PROGRESS_CHECK_DELAY", "24h");
    }

    /** {@code JDK_JAVA_OPTIONS} of the service's ConfigMap in deploy/ ({@code deploy/base/apps/<name>.env}). */
    static String prodJvmOptions(Path root, String name) {
        Path env = root.resolve("deploy/base/apps").resolve(name + ".env");
        try {
            for (String line : Files.readAllLines(env)) {
                if (line.startsWith("JDK_JAVA_OPTIONS=")) {
                    return line.substring("JDK_JAVA_OPTIONS=".length()).trim();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + env, e);
        }
        throw new IllegalStateException(env + " sets no JDK_JAVA_OPTIONS");
    }

    public QuarkusApp service(String s) {
        return services.get(s);
    }

    public String url(String s) {
        return services.get(s).baseUrl();
    }

    /** The service's own role on its own database. */
    public Connection connect(String service) throws SQLException {
        return pg.get(service).connect(service);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> order = new ArrayList<>(services.values());
        if (kafka != null) {
            order.add(kafka);
        }
        order.addAll(pg.values());
        for (AutoCloseable c : order) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("  did not stop cleanly: " + e);
            }
        }
    }
}
