package org.telerehab.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Straight SQL on the database of the application under test, to assert what was (not) written. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql, Object... params) {
        return query(sql, params, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** The first column of every row the query answers, in its order. */
    public static List<String> strings(String sql, Object... params) {
        return query(sql, params, rs -> {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        });
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String sql, Object[] params, ResultReader<T> reader) {
        try (Connection c = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs statements as the database's superuser (to play someone who went around the service). */
    public static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement as the role the service runs as; the database's refusal is the exception thrown. */
    public static void executeAsService(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), EmbeddedPostgres.RUNTIME_ROLE,
                EmbeddedPostgres.RUNTIME_ROLE); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Audit records of reads by this actor about this patient. */
    public static long auditedReads(UUID actor, UUID patientId) {
        return count("SELECT count(*) FROM audit_log WHERE actor_id = ? AND patient_id = ? AND action = 'READ'"
                + " AND resource_type <> '' AND occurred_at > now() - interval '5 minutes'", actor.toString(), patientId);
    }

    /** Outbox rows about a patient: zero means no event about them can ever reach Kafka. */
    public static long outboxEventsFor(UUID patientId) {
        return count("SELECT count(*) FROM outbox_event WHERE event_key = ?", patientId.toString());
    }

    public static long auditReadsOf(UUID patientId, String resourceType) {
        return count("SELECT count(*) FROM audit_log WHERE patient_id = ? AND resource_type = ? AND action = 'READ'",
                patientId, resourceType);
    }
}
