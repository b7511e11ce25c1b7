package org.telerehab.bench;

import static org.telerehab.bench.harness.Util.copyTree;
import static org.telerehab.bench.harness.Util.freePort;
import static org.telerehab.bench.harness.Util.tail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmark runs against: an embedded PostgreSQL server, an in-process KRaft Kafka broker and the built
 * progress-service as a child process, all on ports of their own (random free ones) and data in the work directory.
 */
final class Infra implements AutoCloseable {

    static final String DB_USER = "telerehab";
    static final String DB_PASSWORD = "telerehab";
    static final String DB_NAME = "progress";

    /** PostgreSQL settings of this run (zonky's defaults otherwise), reported with the figures. */
    static final Map<String, String> PG_CONFIG = new LinkedHashMap<>();

    static {
        PG_CONFIG.put("listen_addresses", "localhost");
        PG_CONFIG.put("max_connections", "100");
        PG_CONFIG.put("shared_buffers", "512MB");
        PG_CONFIG.put("max_wal_size", "4GB");
        PG_CONFIG.put("checkpoint_timeout", "30min");
        // zonky turns fsync and synchronous_commit off by default; a benchmark must pay for durable commits, as
        // production does (every read commits its audit record, every write its log)
        PG_CONFIG.put("fsync", "on");
        PG_CONFIG.put("synchronous_commit", "on");
        PG_CONFIG.put("timezone", "UTC");
    }

    private final Path work;
    private EmbeddedPostgres postgres;
    private KafkaClusterTestKit kafka;
    private Process service;
    private Path serviceLog;
    private int servicePort;
    private String serviceJavaVersion;

    Infra(Path work) {
        this.work = work;
    }

    // --- PostgreSQL ------------------------------------------------------------------------------------------

    void startPostgres() throws IOException, SQLException {
        Path log = work.resolve("postgres.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(freePort())
                .setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        PG_CONFIG.forEach(builder::setServerConfig);
        postgres = builder.start();
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + DB_USER + " WITH LOGIN PASSWORD '" + DB_PASSWORD + "'");
            s.execute("CREATE DATABASE " + DB_NAME + " OWNER " + DB_USER);
        }
    }

    int postgresPort() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DB_NAME;
    }

    /** The service's own role (it owns the tables Flyway created). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DB_USER, DB_PASSWORD);
    }

    /** postgres superuser on the service's database (CHECKPOINT, server settings). */
    Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", "postgres").getConnection();
    }

    Connection superuserOnServiceDb() throws SQLException {
        return postgres.getDatabase("postgres", DB_NAME).getConnection();
    }

    // --- Kafka -----------------------------------------------------------------------------------------------

    String startKafka() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "true")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka.bootstrapServers();
    }

    // --- progress-service ------------------------------------------------------------------------------------

    /**
     * Starts {@code java -jar quarkus-run.jar} (a private copy of the build, so that a rebuild in the tree while we
     * run cannot pull the jars from under it) and waits for /q/health/ready.
     */
    void startService(Path quarkusApp, String bootstrapServers, String publicKey, List<String> jvmOptions,
                      Map<String, String> extraEnv, Duration timeout) throws IOException, InterruptedException {
        Path app = work.resolve("quarkus-app");
        if (!Files.exists(app)) {
            copyTree(quarkusApp, app);
        }
        servicePort = freePort();
        serviceLog = work.resolve("progress-service.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serviceLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(servicePort));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        // local verification of our own signed tokens: the public key is only used when no auth-server-url is
        // set, and the kit's default points at Keycloak, so it is blanked (an empty value unsets it)
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", "any");
        // the hourly DISENGAGED / READY_TO_PROGRESS scan over all patients first runs 1 minute after start: unless
        // the caller asks for it (extraEnv), moved out of the run so that it does not land in a measurement
        env.put("TELEREHAB_PROGRESS_CHECK_DELAY", "24h");
        env.putAll(extraEnv);
        service = builder.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("progress-service exited with code " + service.exitValue()
                        + " during start; its log:\n" + tail(serviceLog, 40));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("progress-service not ready after " + timeout + "; its log:\n"
                        + tail(serviceLog, 40));
            }
            Thread.sleep(500);
        }
    }

    String baseUrl() {
        return "http://localhost:" + servicePort;
    }

    int servicePort() {
        return servicePort;
    }

    Path serviceLog() {
        return serviceLog;
    }

    long servicePid() {
        return service == null ? -1 : service.pid();
    }

    Path postgresDataDirectory() {
        return work.resolve("pgdata");
    }

    boolean serviceAlive() {
        return service != null && service.isAlive();
    }

    /** SIGTERM, then the service's own graceful shutdown (quarkus.shutdown.timeout=20s); forcibly after 40 s. */
    int stopService() throws InterruptedException {
        if (service == null) {
            return -1;
        }
        Process p = service;
        service = null;
        p.destroy();
        if (!p.waitFor(40, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        return p.isAlive() ? -1 : p.exitValue();
    }

    @Override
    public void close() {
        try {
            stopService();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("  progress-service did not stop cleanly: " + e);
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (Exception e) {
                System.err.println("  Kafka did not stop cleanly: " + e);
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("  PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
    }
}
