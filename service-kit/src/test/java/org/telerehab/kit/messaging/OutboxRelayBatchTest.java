package org.telerehab.kit.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One relay batch on a real PostgreSQL against a producer that acknowledges or fails each record as told: what is
 * marked published is exactly what Kafka acknowledged, and one relay publishes at a time without losing a wake-up.
 */
class OutboxRelayBatchTest {

    private DataSource database;
    private final List<UUID> refused = new ArrayList<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @BeforeEach
    void database() {
        database = KitDatabase.migrated("relay_batch");
    }

    @Test
    void eventsKafkaDidNotAcknowledgeStayPendingWithTheAttemptCountedAndTheOthersArePublished() throws Exception {
        UUID first = append();
        UUID second = append();
        UUID third = append();
        refused.add(second);

        assertThatThrownBy(() -> relay(10).publishBatch()).isInstanceOf(OutboxRelay.PublishException.class)
                .hasMessage("1 of 3 events not acknowledged");

        assertThat(sent).containsExactly(first.toString(), second.toString(), third.toString());
        assertThat(pendingIds()).containsExactly(second);
        assertThat(attempts(first)).isEqualTo(1);
        assertThat(attempts(second)).isEqualTo(1);

        refused.clear();
        assertThat(relay(10).drain()).as("the next attempt publishes what was left").isEqualTo(1);
        assertThat(pendingIds()).isEmpty();
        assertThat(attempts(second)).isEqualTo(2);
    }

    @Test
    void whileAnotherRelayPublishesThisOneWaitsItsTurnThenPublishesWhatWasCommittedMeanwhile() throws Exception {
        append();
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            assertThat(new OutboxStore().relayLock(other, Duration.ofSeconds(1))).isTrue(); // another replica's batch

            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(this::publishOneBatch);
            append(); // committed after the other batch was read: only the waiting relay can publish it
            Thread.sleep(300);
            assertThat(waiting).as("one relay publishes at a time").isNotDone();
            assertThat(sent).isEmpty();

            other.rollback(); // the other relay's batch ends
            assertThat(waiting.get(5, TimeUnit.SECONDS)).as("no wake-up lost: both events, at once").isEqualTo(2);
        }
        assertThat(pendingIds()).isEmpty();
    }

    @Test
    void aRelayKeptWaitingLongerThanItsSendTimeoutLeavesTheEventsForItsNextTurn() throws Exception {
        append();
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            assertThat(new OutboxStore().relayLock(other, Duration.ofSeconds(1))).isTrue();

            OutboxRelay impatient = new OutboxRelay(database, producer(), 10, Duration.ofMillis(200));
            assertThat(impatient.publishBatch()).isZero();
            assertThat(sent).isEmpty();
            assertThat(pendingIds()).hasSize(1);
            other.rollback();
        }
        assertThat(relay(10).publishBatch()).isEqualTo(1);
    }

    @Test
    void drainPublishesBatchAfterBatchUntilNothingIsLeft() throws Exception {
        for (int i = 0; i < 5; i++) {
            append();
        }
        assertThat(relay(2).drain()).isEqualTo(5);
        assertThat(relay(2).drain()).isZero();
        assertThat(pendingIds()).isEmpty();
    }

    // --- the producer, the outbox ----------------------------------------------------------------------------

    private int publishOneBatch() {
        try {
            return relay(10).publishBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboxRelay relay(int batchSize) {
        return new OutboxRelay(database, producer(), batchSize, Duration.ofSeconds(5));
    }

    /** Acknowledges every record but those whose event id is in {@link #refused}, which fail as a timeout would. */
    @SuppressWarnings("unchecked")
    private Producer<String, String> producer() {
        return (Producer<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Producer.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "send" -> {
                        ProducerRecord<String, String> record = (ProducerRecord<String, String>) args[0];
                        String eventId = new String(record.headers().lastHeader("eventId").value());
                        sent.add(eventId);
                        yield refused.contains(UUID.fromString(eventId))
                                ? CompletableFuture.failedFuture(new TimeoutException("not acknowledged"))
                                : CompletableFuture.completedFuture(new RecordMetadata(
                                        new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0));
                    }
                    case "flush", "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private UUID append() throws SQLException {
        PatientTakenIntoCare event = new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID());
        try (Connection c = database.getConnection()) {
            new OutboxStore().append(c, event);
        }
        return event.eventId();
    }

    private List<UUID> pendingIds() throws SQLException {
        try (Connection c = database.getConnection()) {
            return new OutboxStore().lockPending(c, 100).stream().map(OutboxStore.PendingEvent::id).toList();
        }
    }

    private long attempts(UUID eventId) {
        return KitDatabase.count(database, "SELECT attempts FROM outbox_event WHERE id = '" + eventId + "'");
    }
}
