package org.telerehab.kit.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka, then marks them published, in one database transaction per batch.
 *
 * <p>A crash after Kafka acknowledged a batch but before the mark committed re-sends that batch on restart
 * (at-least-once); consumers drop the copies by eventId. A crash before the send loses nothing: the rows
 * are still pending. The producer must be configured with acks=all and idempotence.
 */
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final OutboxStore store = new OutboxStore();
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize, Duration sendTimeout) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Publishes at most one batch.
     *
     * @return how many events were published (a full batch means more may be waiting)
     * @throws PublishException when Kafka did not acknowledge every event of the batch; the acknowledged ones
     *                          are marked published, the rest stay pending for the next attempt
     */
    public int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!store.relayLock(connection, sendTimeout)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxStore.PendingEvent> batch = store.lockPending(connection, batchSize);
                if (batch.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (OutboxStore.PendingEvent event : batch) {
                    acks.add(producer.send(toRecord(event)));
                }
                producer.flush();

                List<UUID> published = new ArrayList<>(batch.size());
                List<UUID> failed = new ArrayList<>();
                Exception firstFailure = null;
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                        published.add(batch.get(i).id());
                    } catch (ExecutionException | TimeoutException e) {
                        failed.add(batch.get(i).id());
                        firstFailure = firstFailure == null ? e : firstFailure;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PublishException("interrupted while waiting for Kafka", e);
                    }
                }
                beforeMarkingPublished(published);
                store.markPublished(connection, published);
                store.recordFailedAttempt(connection, failed);
                connection.commit();
                if (firstFailure != null) {
                    throw new PublishException(failed.size() + " of " + batch.size() + " events not acknowledged",
                            firstFailure);
                }
                LOG.debugf("published %d outbox events", published.size());
                return published.size();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    /** Publishes until nothing is pending; for start-up catch-up and tests. */
    public int drain() throws SQLException {
        int total = 0;
        int published;
        do {
            published = publishBatch();
            total += published;
        } while (published == batchSize);
        return total;
    }

    /** Seam for crash tests: runs after Kafka acknowledged the batch and before the database marks it. */
    protected void beforeMarkingPublished(List<UUID> acknowledged) {
    }

    private static ProducerRecord<String, String> toRecord(OutboxStore.PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add(new RecordHeader("eventId", event.id().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventType", event.type().getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a failed batch also failed", e);
        }
    }

    public static class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
