package org.telerehab.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL from zonky's packaged binaries, its data kept in {@code .local/postgres} so that a second run finds the
 * databases again. As root, zonky runs initdb/pg_ctl inside {@code unshare -U} (PostgreSQL refuses to run as root).
 */
final class Postgres {

    static final int PORT = 15432;
    static final String USER = "telerehab";
    static final String PASSWORD = "telerehab";
    static final List<String> DATABASES = List.of("intake", "program", "progress");

    private final Path dataDir;
    private final Path logFile;
    private volatile EmbeddedPostgres server;

    Postgres(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    Path logFile() {
        return logFile;
    }

    /** Starts the server (initdb on first use) and creates the role and the databases if missing. */
    void start(Duration timeout) {
        try {
            Files.createDirectories(logFile.getParent());
            ChildProcess.rotate(logFile);
            prepareDataDirectory();
            server = EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(timeout)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            takeOverZonkyShutdownHook();
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("postgres", logFile, "did not start: " + e.getMessage(), e);
        }
        try {
            provision();
        } catch (SQLException e) {
            throw new StartupFailure("postgres", logFile, "could not create the role/databases: " + e.getMessage(), e);
        }
    }

    /**
     * zonky runs initdb only when {@code postgresql.conf} is missing, and initdb refuses a non-empty directory: a data
     * directory left half-made by an interrupted first run is thrown away.
     */
    private void prepareDataDirectory() throws IOException {
        if (Files.isDirectory(dataDir) && !Files.exists(dataDir.resolve("PG_VERSION"))) {
            LocalPlatform.deleteRecursively(dataDir);
        }
        stopLeftover();
    }

    /**
     * A server left running by a launcher that was killed (its {@code postmaster.pid} names a live process) is stopped;
     * a stale {@code postmaster.pid} is removed so that pg_ctl does not trip over it.
     */
    void stopLeftover() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .ifPresent(h -> {
                    System.out.println("Stopping PostgreSQL left over from an earlier run (pid " + pid + ")");
                    h.destroy(); // SIGTERM: smart shutdown; its clients are gone
                    try {
                        h.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        h.destroyForcibly();
                    }
                });
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> c.endsWith("/postgres")).orElse(false)) {
            return; // still shutting down; the port check will say so
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * zonky registers a shutdown hook of its own that would stop PostgreSQL while the apps are still shutting down.
     * The launcher's hook stops PostgreSQL last instead; this needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}
     * (platform.sh passes it). Without it both hooks run, which is harmless but noisier in the apps' logs.
     */
    @SuppressWarnings("unchecked")
    private static void takeOverZonkyShutdownHook() {
        try {
            Class<?> hooksClass = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = hooksClass.getDeclaredField("hooks");
            field.setAccessible(true);
            List<Thread> hooks;
            synchronized (hooksClass) {
                hooks = new ArrayList<>(((Map<Thread, Thread>) field.get(null)).keySet());
            }
            for (Thread hook : hooks) {
                if (hook.getName().startsWith("postgres-") && hook.getName().endsWith("-closer")) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep zonky's hook: PostgreSQL then stops in parallel with the apps
        }
    }

    private void provision() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean roleExists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                roleExists = rs.next();
            }
            if (!roleExists) {
                s.execute("CREATE ROLE " + USER + " WITH LOGIN PASSWORD '" + PASSWORD + "'");
            }
            for (String db : DATABASES) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    s.execute("CREATE DATABASE " + db + " OWNER " + USER);
                }
            }
        }
    }

    boolean isRunning() {
        EmbeddedPostgres s = server;
        if (s == null) {
            return false;
        }
        try (Connection c = s.getPostgresDatabase().getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    void stop() {
        EmbeddedPostgres s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                System.out.println("  PostgreSQL did not stop cleanly: " + e.getMessage() + " (see " + logFile + ")");
            }
        }
    }
}
