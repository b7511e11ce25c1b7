package org.telerehab.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Straight SQL on the database of the application under test, to assert what was (not) written. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * How many rows in the whole database belong to, or were made by, these people: rows with their
     * {@code patient_id}, outbox rows keyed by them, audit records naming them, plus every row of the tables that
     * belong to no patient (the exercise library, child rows). A rejected request must leave it unchanged. Rows
     * consumers write from Kafka (processed_event) are left out: they arrive on their own schedule.
     */
    public static long footprint(UUID... people) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Boolean> table : tables().entrySet()) {
            String name = table.getKey();
            switch (name) {
                case "flyway_schema_history", "processed_event" -> { }
                case "outbox_event" -> {
                    terms.add("(SELECT count(*) FROM outbox_event WHERE event_key = ANY (?))");
                    params.add(ids(people, false));
                }
                case "audit_log" -> {
                    terms.add("(SELECT count(*) FROM audit_log WHERE actor_id = ANY (?) OR patient_id = ANY (?))");
                    params.add(ids(people, false));
                    params.add(ids(people, true));
                }
                default -> {
                    if (table.getValue()) {
                        terms.add("(SELECT count(*) FROM " + name + " WHERE patient_id = ANY (?))");
                        params.add(ids(people, true));
                    } else {
                        terms.add("(SELECT count(*) FROM " + name + ")");
                    }
                }
            }
        }
        Connection c = footprintConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(" + ", terms))) {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                s.setArray(i + 1, value instanceof UUID[] uuids ? c.createArrayOf("uuid", uuids)
                        : c.createArrayOf("text", (String[]) value));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("footprint", e);
        }
    }

    private static final Map<String, Map<String, Boolean>> TABLES = new ConcurrentHashMap<>();
    private static Connection footprintConnection;

    /** One kept connection: the fuzzer asks before and after each of thousands of requests. */
    private static synchronized Connection footprintConnection() {
        try {
            if (footprintConnection == null || !footprintConnection.isValid(2)
                    || !RealInfrastructure.jdbcUrl().equals(footprintConnection.getMetaData().getURL())) {
                if (footprintConnection != null) {
                    footprintConnection.close();
                }
                footprintConnection = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
            }
            return footprintConnection;
        } catch (SQLException e) {
            throw new IllegalStateException("connecting to " + RealInfrastructure.jdbcUrl(), e);
        }
    }

    /** The service's tables, each with whether it has a patient_id column. */
    private static Map<String, Boolean> tables() {
        return TABLES.computeIfAbsent(RealInfrastructure.jdbcUrl(), url -> {
            Map<String, Boolean> tables = new TreeMap<>();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                 PreparedStatement s = c.prepareStatement("SELECT t.table_name, EXISTS (SELECT 1 FROM"
                         + " information_schema.columns col WHERE col.table_schema = t.table_schema"
                         + " AND col.table_name = t.table_name AND col.column_name = 'patient_id')"
                         + " FROM information_schema.tables t WHERE t.table_schema = 'public'"
                         + " AND t.table_type = 'BASE TABLE'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getBoolean(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("listing tables", e);
            }
            return tables;
        });
    }

    private static Object ids(UUID[] people, boolean asUuid) {
        if (asUuid) {
            return people;
        }
        String[] texts = new String[people.length];
        for (int i = 0; i < people.length; i++) {
            texts[i] = people[i].toString();
        }
        return texts;
    }

    /** Audit records of reads by this actor about this patient. */
    public static long auditedReads(UUID actor, UUID patientId) {
        return count("SELECT count(*) FROM audit_log WHERE actor_id = ? AND patient_id = ? AND action = 'READ'"
                + " AND resource_type <> '' AND occurred_at > now() - interval '5 minutes'", actor.toString(), patientId);
    }

    /** Outbox rows about a patient: zero means no event about them can ever reach Kafka. */
    public static long outboxEventsFor(java.util.UUID patientId) {
        return count("SELECT count(*) FROM outbox_event WHERE event_key = ?", patientId.toString());
    }

    public static long auditReadsOf(java.util.UUID patientId, String resourceType) {
        return count("SELECT count(*) FROM audit_log WHERE patient_id = ? AND resource_type = ? AND action = 'READ'",
                patientId, resourceType);
    }
}
