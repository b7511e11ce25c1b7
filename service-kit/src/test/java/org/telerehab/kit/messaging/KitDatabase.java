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
import java.util.stream.Collectors;

/** A fresh database of the embedded PostgreSQL with the kit's own tables (outbox, processed events, audit). */
final class KitDatabase {

    private KitDatabase() {
    }

    static DataSource migrated(String name) {
        DataSource db = EmbeddedPostgres.dataSource(EmbeddedPostgres.newDatabase(name));
        try (InputStream in = KitDatabase.class.getResourceAsStream("/db/kit/V0_1__outbox_processed_events_audit.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            execute(db, sql.lines().map(l -> l.replaceAll("--.*$", "")).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db;
    }

    static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static long count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
