package org.telerehab.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of every table of the service's database: for each table its row count and a digest of its rows
 * (a sum of per-row MD5s, so it does not depend on the order PostgreSQL returns them in; any added, removed or
 * updated row changes it). A refused request that updates a clearance note, a counter, a rollup, a plan's status or
 * an exercise's {@code current} flag changes its table's digest.
 *
 * <p>Two things write on their own schedule and are left out: {@code processed_event}, which consumers write with
 * every event they apply (its row count is the {@linkplain Snapshot#backgroundWrites() background count}, so a change
 * seen while a consumer was applying an event is checked again), and the relay's bookkeeping on
 * {@code outbox_event} ({@code published_at}, {@code attempts}) and the audit trail's hash chain; an outbox or audit
 * row itself is compared like any other. The audit trail's refusals are a part of their own ({@value #REFUSALS}),
 * the one change a refused request makes.
 */
final class DatabaseFootprint implements Footprint {

    /** Tables written on their own schedule, whose row count serves as the background count. */
    private static final String CONSUMED_EVENTS = "processed_event";
    /**
     * Columns stamped on their own schedule after the commit that wrote the row: the outbox relay's bookkeeping, and
     * the audit trail's hash chain (sealed in the background).
     */
    private static final Map<String, Set<String>> RELAY_COLUMNS = Map.of(
            "outbox_event", Set.of("published_at", "attempts"),
            "audit_log", Set.of("chain_seq", "prev_hash", "row_hash"));
    private static final String AUDIT = "audit_log";
    /** The part counting the audit trail's refusals, which a refused request adds to (and nothing else). */
    static final String REFUSALS = "audit refusals";

    private static final Map<String, String> QUERIES = new ConcurrentHashMap<>();
    private static Connection connection;

    @Override
    public Snapshot take() {
        String url = RealInfrastructure.jdbcUrl();
        String sql = QUERIES.computeIfAbsent(url, DatabaseFootprint::query);
        Map<String, String> parts = new TreeMap<>();
        long background = 0;
        synchronized (DatabaseFootprint.class) {
            try (PreparedStatement s = connection(url).prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(CONSUMED_EVENTS)) {
                        background = rs.getLong(2);
                    } else if (rs.getString(1).equals(REFUSALS)) {
                        parts.put(REFUSALS, rs.getLong(2) + " rows");
                    } else {
                        parts.put("table " + rs.getString(1), rs.getLong(2) + " rows #" + rs.getString(3));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("footprint of " + url, e);
            }
        }
        return new Snapshot(parts, background);
    }

    /** One statement for every table: name, rows, digest (the background table: name and rows). */
    private static String query(String url) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement s = c.prepareStatement("SELECT c.table_name, c.column_name"
                     + " FROM information_schema.columns c JOIN information_schema.tables t"
                     + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                     + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                     + " ORDER BY c.table_name, c.ordinal_position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the tables of " + url, e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables in " + url + ": has Flyway run?");
        }
        List<String> selects = new ArrayList<>();
        tables.forEach((table, columns) -> {
            if (table.equals(CONSUMED_EVENTS)) {
                selects.add("SELECT '" + table + "', count(*), '' FROM " + quote(table));
                return;
            }
            List<String> compared = columns.stream()
                    .filter(column -> !RELAY_COLUMNS.getOrDefault(table, Set.of()).contains(column))
                    .map(DatabaseFootprint::quote).toList();
            String row = "md5(ROW(" + String.join(", ", compared) + ")::text)";
            // the audit trail: its refusals counted apart, so a refused request's one change is named as such
            String where = "";
            if (table.equals(AUDIT)) {
                selects.add("SELECT '" + REFUSALS + "', count(*), '' FROM " + AUDIT + " WHERE action = 'REFUSED'");
                where = " WHERE action <> 'REFUSED'";
            }
            // two 64-bit halves of each row's MD5, summed as numeric (no overflow, order-independent)
            selects.add("SELECT '" + table + "', count(*), left(md5(coalesce(sum(('x' || substr(" + row
                    + ", 1, 16))::bit(64)::bigint), 0) || ':' || coalesce(sum(('x' || substr(" + row
                    + ", 17, 16))::bit(64)::bigint), 0)), 12) FROM " + quote(table) + where);
        });
        return String.join("\nUNION ALL ", selects);
    }

    /** One kept connection: the fuzzer takes a footprint before and after each of thousands of requests. */
    private static Connection connection(String url) throws SQLException {
        if (connection == null || !connection.isValid(2) || !url.equals(connection.getMetaData().getURL())) {
            if (connection != null) {
                connection.close();
            }
            connection = DriverManager.getConnection(url, "postgres", "postgres");
        }
        return connection;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
