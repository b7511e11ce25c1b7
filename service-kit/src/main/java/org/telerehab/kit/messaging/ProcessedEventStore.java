package org.telerehab.kit.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** SQL of the processed_event table: the memory of idempotent consumers. */
public final class ProcessedEventStore {

    /**
     * Records the event as processed by the consumer, in the caller's transaction.
     *
     * @return true on its first delivery; false when it was already processed (a redelivery), in which case the
     * caller must not apply it again. A concurrent delivery of the same event waits here for the other to finish.
     */
    public boolean markFirstDelivery(Connection connection, String consumer, UUID eventId, String eventType)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setString(3, eventType);
            return insert.executeUpdate() == 1;
        }
    }
}
