package org.telerehab.testsupport;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL server (zonky's packaged binaries) for one test JVM. Every caller gets a database of its own,
 * so services and test classes never see each other's rows.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    /** Starts the shared server on first use; it stops when the JVM exits. */
    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                // in this JVM's scratch directory, so a JVM killed before it could stop the server is cleaned up later
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(ScratchDirectories.forThisJvm("postgres"))
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    /** Creates a fresh, empty database and returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        return newDatabase(prefix, "postgres");
    }

    /** Creates a fresh, empty database owned by {@code owner} (a role made with {@link #role}). */
    public static String newDatabase(String prefix, String owner) {
        String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        // without zonky's "?user=postgres", which would override the user every connection asks for
        return server().getJdbcUrl("postgres", name).replaceAll("\\?.*", "");
    }

    /**
     * A login role of the server (made once; the server trusts local connections, so the password is only what the
     * services send). Services connect as {@link #RUNTIME_ROLE} and migrate as {@link #OWNER_ROLE}, as in production.
     */
    public static synchronized String role(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name + "') THEN"
                    + " CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + name, e);
        }
        return name;
    }

    /** The role that owns a service's database and runs its migrations. */
    public static final String OWNER_ROLE = "telerehab_owner";
    /** The role a service runs as: its tables, but only INSERT on the audit trail. */
    public static final String RUNTIME_ROLE = "telerehab_app";

    public static DataSource dataSource(String jdbcUrl) {
        return dataSource(jdbcUrl, "postgres");
    }

    /** The database logged in as {@code user}. */
    public static DataSource dataSource(String jdbcUrl, String user) {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        return server().getDatabase(user, database);
    }
}
