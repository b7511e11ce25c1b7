package org.telerehab.platformkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * A PostgreSQL server from zonky's packaged binaries, on a data directory that outlives it: stopped and started
 * again (or killed and crash-recovered) it finds its databases again. On start it creates the login role and the
 * databases that are missing. As root, zonky runs initdb and pg_ctl inside {@code unshare -U} (PostgreSQL refuses
 * to run as root).
 */
public final class PostgresServer implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final Map<String, String> config = new LinkedHashMap<>();
    private String user;
    private String password;
    private String runtimeUser;
    private String runtimePassword;
    private final List<String> databases = new ArrayList<>();
    private boolean ownShutdownOrder;
    private volatile EmbeddedPostgres server;

    /** @param port 0 for any free port (kept across restarts) */
    public PostgresServer(String name, int port, Path dataDir, Path logFile) {
        this.name = name;
        this.port = port == 0 ? Net.freePort() : port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        config.put("listen_addresses", "localhost");
    }

    /** A server setting ({@code postgresql.conf}), e.g. {@code fsync=on}. */
    public PostgresServer set(String setting, String value) {
        config.put(setting, value);
        return this;
    }

    /** Durable commits, as production pays for them (zonky turns fsync and synchronous_commit off by default). */
    public PostgresServer durable() {
        return set("fsync", "on").set("synchronous_commit", "on");
    }

    /** The login role and the databases it owns, created on start when missing. */
    public PostgresServer owner(String user, String password, List<String> databases) {
        this.user = user;
        this.password = password;
        this.databases.clear();
        this.databases.addAll(databases);
        return this;
    }

    /**
     * A second login role, created on start when missing, that the services run as: the owner's migrations grant it
     * the tables it needs, and only INSERT on the audit trail.
     */
    public PostgresServer runtimeRole(String user, String password) {
        this.runtimeUser = user;
        this.runtimePassword = password;
        return this;
    }

    /**
     * zonky registers a shutdown hook that stops PostgreSQL as soon as the JVM exits, while the apps using it may
     * still be shutting down. With this, the caller's own shutdown stops it (last). Needs
     * {@code --add-opens java.base/java.lang=ALL-UNNAMED}; without it both hooks run, which is only noisier.
     */
    public PostgresServer stoppedByCaller() {
        this.ownShutdownOrder = true;
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public Map<String, String> settings() {
        return Map.copyOf(config);
    }

    /** Starts the server (initdb on first use; crash recovery after a kill) and provisions role and databases. */
    public synchronized void start(Duration timeout) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            if (Files.isDirectory(dataDir) && !Files.exists(dataDir.resolve("PG_VERSION"))) {
                // zonky runs initdb only when postgresql.conf is missing, and initdb refuses a non-empty directory:
                // a directory left half-made by an interrupted first start is thrown away
                FileTrees.delete(dataDir);
            }
            stopLeftover();
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    // never let zonky delete the data on close: a restart must find it again
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(timeout)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            config.forEach(builder::setServerConfig);
            server = builder.start();
            if (ownShutdownOrder) {
                removeZonkyShutdownHooks();
            }
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure(name, logFile, "did not start: " + e.getMessage(), e);
        }
        try {
            provision();
        } catch (SQLException e) {
            throw new StartupFailure(name, logFile, "could not create the role/databases: " + e.getMessage(), e);
        }
    }

    private static void createRole(Connection c, Statement s, String role, String secret) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + role + " WITH LOGIN PASSWORD '" + secret + "'");
                }
            }
        }
    }

    private void provision() throws SQLException {
        if (user == null) {
            return;
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createRole(c, s, user, password);
            if (runtimeUser != null) {
                createRole(c, s, runtimeUser, runtimePassword);
            }
            for (String db : databases) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            s.execute("CREATE DATABASE " + db + " OWNER " + user);
                        }
                    }
                }
            }
        }
    }

    /** Fast shutdown ({@code pg_ctl stop -m fast}): sessions are cut, open transactions roll back, data is flushed. */
    public synchronized void stop() {
        EmbeddedPostgres s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                System.out.println("  " + name + " did not stop cleanly: " + e.getMessage() + " (see " + logFile + ")");
            }
        }
    }

    /**
     * {@code kill -9} of the postmaster: no shutdown checkpoint, the next {@link #start} runs crash recovery from
     * the WAL. Waits until every backend has noticed and exited (a new postmaster refuses shared memory still in use).
     */
    public synchronized void crash() {
        EmbeddedPostgres s = server;
        if (s == null) {
            return;
        }
        long pid = postmasterPid();
        ProcessHandle postmaster = pid < 0 ? null : ProcessHandle.of(pid).orElse(null);
        if (postmaster != null) {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly(); // SIGKILL
            awaitGone(postmaster);
            Instant deadline = Instant.now().plusSeconds(30);
            for (ProcessHandle b : backends) {
                while (b.isAlive() && Instant.now().isBefore(deadline)) {
                    Net.sleep(Duration.ofMillis(50));
                }
                if (b.isAlive()) {
                    b.destroyForcibly();
                    awaitGone(b);
                }
            }
        }
        server = null;
        forget(s);
    }

    /**
     * Lets go of a zonky handle whose server is gone: marks it closed (so neither {@code close()} nor its shutdown
     * hook runs pg_ctl against the data directory a new server will use) and releases its lock on that directory.
     * If zonky's fields are not as expected, {@code close()} does the same with a logged pg_ctl failure.
     */
    private static void forget(EmbeddedPostgres s) {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            ((java.util.concurrent.atomic.AtomicBoolean) closed.get(s)).set(true);
            Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
            lock.setAccessible(true);
            java.nio.channels.FileLock fileLock = (java.nio.channels.FileLock) lock.get(s);
            if (fileLock != null) {
                fileLock.release();
            }
            Field lockStream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            lockStream.setAccessible(true);
            java.io.Closeable stream = (java.io.Closeable) lockStream.get(s);
            if (stream != null) {
                stream.close();
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            try {
                s.close();
            } catch (IOException | RuntimeException ignored) {
                // nothing left to stop
            }
        }
    }

    private static void awaitGone(ProcessHandle h) {
        try {
            h.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // reported by the next start, which would find the port or shared memory in use
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

    /**
     * A server left running by a launcher that was killed (its {@code postmaster.pid} names a live postgres) is
     * stopped; a stale {@code postmaster.pid} is removed so that pg_ctl does not trip over it.
     */
    public void stopLeftover() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (server != null || !Files.exists(pidFile)) {
            return;
        }
        long pid = postmasterPid();
        if (pid < 0) {
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostgresServer::isPostgres).ifPresent(h -> {
            System.out.println("Stopping PostgreSQL left over from an earlier run (pid " + pid + ")");
            h.destroy(); // SIGTERM: smart shutdown; its clients are gone
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        });
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostgresServer::isPostgres).isPresent()) {
            return; // still shutting down; the start will say so
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle h) {
        return h.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    public boolean isRunning() {
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

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A connection as the owner role (the one the services use). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** A connection as the {@code postgres} superuser (server settings, CHECKPOINT, creating databases). */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    @Override
    public void close() {
        stop();
    }

    @SuppressWarnings("unchecked")
    private static void removeZonkyShutdownHooks() {
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
}
