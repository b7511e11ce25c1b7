package org.telerehab.bench.harness;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One PostgreSQL server (zonky's packaged binaries) for one service: its own port and data directory, so that it
 * can be stopped and started again on the same data without touching the other services' databases.
 */
public final class PgServer implements AutoCloseable {

    public static final String USER = "telerehab";
    public static final String PASSWORD = "telerehab";

    /** Durable commits (zonky turns fsync and synchronous_commit off by default; production pays for them). */
    public static final Map<String, String> CONFIG = new LinkedHashMap<>();

    static {
        CONFIG.put("listen_addresses", "localhost");
        CONFIG.put("max_connections", "100");
        CONFIG.put("shared_buffers", "128MB");
        CONFIG.put("fsync", "on");
        CONFIG.put("synchronous_commit", "on");
        CONFIG.put("timezone", "UTC");
    }

    private final String database;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private EmbeddedPostgres server;
    private boolean provisioned;

    public PgServer(String database, Path work) throws IOException {
        this.database = database;
        this.port = Util.freePort();
        this.dataDir = work.resolve("pg-" + database);
        this.log = work.resolve("pg-" + database + ".log");
    }

    public synchronized void start() throws IOException, SQLException {
        if (!provisioned) {
            Util.deleteTree(dataDir);
        }
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                // never let zonky delete the data on close: a restart must find it again
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        CONFIG.forEach(builder::setServerConfig);
        server = builder.start();
        if (!provisioned) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + USER + " WITH LOGIN PASSWORD '" + PASSWORD + "'");
                s.execute("CREATE DATABASE " + database + " OWNER " + USER);
            }
            provisioned = true;
        }
    }

    /** pg_ctl stop (fast shutdown: open sessions are cut, in-flight transactions roll back). */
    public synchronized void stop() throws IOException {
        if (server != null) {
            EmbeddedPostgres s = server;
            server = null;
            s.close();
        }
    }

    /** The postmaster's pid (first line of postmaster.pid), or -1. */
    public long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public boolean running() {
        return server != null;
    }

    public String database() {
        return database;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    public Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException | RuntimeException e) {
            System.err.println("  PostgreSQL " + database + " did not stop cleanly: " + e);
        }
    }
}
