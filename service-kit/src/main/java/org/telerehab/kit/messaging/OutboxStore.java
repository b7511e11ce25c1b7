package org.telerehab.kit.messaging;

import org.telerehab.events.EventCodec;
import org.telerehab.events.TelerehabEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** SQL of the outbox_event table (plain JDBC so the relay can be tested, and run, without Quarkus). */
public final class OutboxStore {

    /** An event waiting to be published. */
    public record PendingEvent(UUID id, String topic, String key, String type, String payload) {
    }

    // Only one relay per database publishes at a time, so a patient's events leave in the order they were written.
    private static final long RELAY_LOCK_KEY = 0x7E1E_0B0CL;
    /** PostgreSQL's lock_not_available: lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    public void append(Connection connection, TelerehabEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (id, topic, event_key, event_type, payload) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, event.topic());
            insert.setString(3, event.key().toString());
            insert.setString(4, event.type());
            insert.setString(5, EventCodec.encode(event));
            insert.executeUpdate();
        }
    }

    /**
     * Within the caller's transaction: takes the publishing lock, held until commit, waiting at most {@code wait}
     * while another relay (another replica) publishes its batch; false when that batch took longer.
     *
     * <p>Waiting, rather than giving up at once, is what keeps a wake-up from being lost: the other relay read its
     * batch before this replica's commit, so it will not publish that event, and this relay would otherwise sleep a
     * whole poll interval. Once the other batch commits, this one reads the event.
     */
    public boolean relayLock(Connection connection, Duration wait) throws SQLException {
        try (Statement timeout = connection.createStatement()) {
            timeout.execute("SET LOCAL lock_timeout = " + Math.max(1, wait.toMillis()));
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK_KEY);
            lock.execute();
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false; // the transaction is aborted: the caller rolls it back
            }
            throw e;
        }
    }

    public List<PendingEvent> lockPending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, topic, event_key, event_type, payload FROM outbox_event"
                        + " WHERE published_at IS NULL ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setInt(1, limit);
            List<PendingEvent> pending = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return pending;
        }
    }

    public void markPublished(Connection connection, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    public void recordFailedAttempt(Connection connection, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1 WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    public int deletePublishedBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    public long countPending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
