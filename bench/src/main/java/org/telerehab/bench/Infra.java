package org.telerehab.bench;

import org.telerehab.platformkit.KafkaServer;
import org.telerehab.platformkit.PostgresServer;
import org.telerehab.platformkit.QuarkusApp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the progress benchmark runs against, started through platform-kit on random free ports with data in the work
 * directory: a PostgreSQL server sized for a million logs, a Kafka broker and the built progress-service.
 */
final class Infra implements AutoCloseable {

    static final String DB_NAME = "progress";

    /** PostgreSQL settings of this run (zonky's defaults otherwise), reported with the figures. */
    static final Map<String, String> PG_CONFIG = new LinkedHashMap<>();

    static {
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

    private final Path root;
    private final Path work;
    private PostgresServer postgres;
    private KafkaServer kafka;
    private QuarkusApp service;

    Infra(Path root, Path work) {
        this.root = root;
        this.work = work;
    }

    // --- PostgreSQL ------------------------------------------------------------------------------------------

    void startPostgres() {
        postgres = new PostgresServer("postgres", 0, work.resolve("pgdata"), work.resolve("postgres.log"))
                .owner(Cluster.DB_USER, Cluster.DB_PASSWORD, List.of(DB_NAME))
                .runtimeRole(Cluster.DB_RUNTIME_USER, Cluster.DB_RUNTIME_USER);
        PG_CONFIG.forEach(postgres::set);
        postgres.start(Duration.ofSeconds(90));
    }

    int postgresPort() {
        return postgres.port();
    }

    /** The service's own role (it owns the tables Flyway created). */
    Connection connect() throws SQLException {
        return postgres.connect(DB_NAME);
    }

    /** postgres superuser (CHECKPOINT, server settings). */
    Connection superuser() throws SQLException {
        return postgres.superuser("postgres");
    }

    Connection superuserOnServiceDb() throws SQLException {
        return postgres.superuser(DB_NAME);
    }

    Path postgresDataDirectory() {
        return postgres.dataDirectory();
    }

    // --- Kafka -----------------------------------------------------------------------------------------------

    String startKafka() {
        kafka = new KafkaServer(work.resolve("kafka"), 0, work.resolve("kafka.log")).logLevel("warn");
        kafka.start();
        kafka.awaitReady(Duration.ofSeconds(120));
        return kafka.bootstrap();
    }

    long kafkaPid() {
        return kafka == null ? -1 : kafka.pid();
    }

    // --- progress-service ------------------------------------------------------------------------------------

    /** Starts the service (a private copy of its build) with the bench's tokens and waits for /q/health/ready. */
    void startService(String publicKey, List<String> jvmOptions, Map<String, String> extraEnv, Duration timeout) {
        service = Cluster.service(root, work, "progress", postgres, kafka, publicKey, jvmOptions)
                .env(extraEnv);
        service.startAndAwait(timeout);
    }

    String baseUrl() {
        return service.baseUrl();
    }

    Path serviceLog() {
        return work.resolve("progress-service.log");
    }

    long servicePid() {
        return service == null ? -1 : service.pid();
    }

    /** SIGTERM, then the service's own graceful shutdown; forcibly after 40 s. Answers its exit code. */
    int stopService() {
        if (service == null) {
            return -1;
        }
        QuarkusApp s = service;
        service = null;
        s.stop(Duration.ofSeconds(40));
        return s.process().exitCode();
    }

    @Override
    public void close() {
        stopService();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
