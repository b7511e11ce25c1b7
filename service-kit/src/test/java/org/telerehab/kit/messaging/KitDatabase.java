package org.telerehab.kit.messaging;

import org.telerehab.testsupport.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fresh database of the embedded PostgreSQL with the kit's own tables (outbox, processed events, audit) and one
 * table standing for a service's own ({@code care_relation}, shaped like the services' care relations).
 */
public final class KitDatabase {

    private KitDatabase() {
    }

    /** The kit's migrations, in order. */
    private static final List<String> MIGRATIONS = List.of("V0_1__outbox_processed_events_audit.sql",
            "V0_3__audit_append_only_hash_chain.sql");
    private static final String SERVICE_TABLE = "CREATE TABLE care_relation (patient_id UUID PRIMARY KEY,"
            + " therapist_id UUID NOT NULL, since TIMESTAMPTZ NOT NULL)";

    static DataSource migrated(String name) {
        DataSource db = EmbeddedPostgres.dataSource(EmbeddedPostgres.newDatabase(name));
        migrate(db, "postgres");
        return db;
    }

    /** Runs the kit's migrations as Flyway would, granting to {@code runtimeRole} what the service may do. */
    public static void migrate(DataSource db, String runtimeRole) {
        for (String migration : MIGRATIONS) {
            try (InputStream in = KitDatabase.class.getResourceAsStream("/db/kit/" + migration)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${runtime_role}",
                        runtimeRole);
                execute(db, sql.lines().map(l -> l.replaceAll("--.*$", "")).collect(Collectors.joining("\n")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        execute(db, SERVICE_TABLE); // made by the owner after the kit's default privileges, as a service's are
    }

    public static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
