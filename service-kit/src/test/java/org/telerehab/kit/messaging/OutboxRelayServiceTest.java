package org.telerehab.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.Topics;
import org.telerehab.testsupport.EmbeddedKafka;
import org.telerehab.testsupport.EventProbe;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay thread a service runs, on a real PostgreSQL and Kafka: it publishes what committed transactions wrote,
 * keeps published rows for the retention time and deletes older ones, keeps events while Kafka is unreachable, and
 * stops when the service does.
 */
class OutboxRelayServiceTest {

    private DataSource database;
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private OutboxRelayService relay;

    @BeforeEach
    void database() {
        database = KitDatabase.migrated("relay_service");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (relay != null) {
            relay.stop(null);
        }
    }

    @Test
    void publishesWhatWasCommittedKeepsItForTheRetentionTimeAndDeletesOlderRows() throws Exception {
        KitDatabase.execute(database, "INSERT INTO outbox_event (id, topic, event_key, event_type, payload,"
                + " published_at, attempts) VALUES ('" + UUID.randomUUID() + "', 'x', 'k', 't', '{}',"
                + " now() - interval '8 days', 1)");
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            patients.add(append());
        }

        relay = start(EmbeddedKafka.serviceConfig("program-service")); // its events are program-service's

        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pendingEvents() == 0); // a full batch, then the rest
        for (UUID patient : patients) {
            assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).hasSize(1);
        }
        assertThat(registry.counter("telerehab.outbox.published").count()).isEqualTo(3);
        assertThat(registry.get("telerehab.outbox.pending").gauge().value()).isZero();
        assertThat(KitDatabase.count(database, "SELECT count(*) FROM outbox_event"))
                .as("the three kept for the retention time, the 8 days old one deleted").isEqualTo(3);

        UUID later = append();
        relay.wakeUp(); // as a commit does: published now, not at the next poll
        await().atMost(Duration.ofSeconds(15)).until(() -> relay.pendingEvents() == 0);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, later)).hasSize(1);

        relay.stop(null);
        assertThat(relayThreadRunning()).as("stopped at once, not at the next poll").isFalse();
        assertThat(producerThreads()).as("the producer closed with it").isZero();
    }

    @Test
    void aCommitThatWakesTheRelayWhileABatchIsInFlightIsPublishedAtOnceNotAtTheNextPoll() throws Exception {
        UUID first = append();
        List<UUID> committedMeanwhile = new CopyOnWriteArrayList<>();
        // a poll interval of 5 minutes: the second event leaves within the test only if its wake-up is not lost
        relay = new OutboxRelayService(database, RelaySettings.withPollInterval(Duration.ofMinutes(5)), registry,
                EmbeddedKafka.serviceConfig("program-service"), "kit-test") {
            @Override
            OutboxRelay relay(Producer<String, String> producer) {
                return new OutboxRelay(database, producer, 200, Duration.ofSeconds(30)) {
                    @Override
                    protected void beforeMarkingPublished(List<UUID> acknowledged) {
                        if (committedMeanwhile.isEmpty()) {
                            // after this batch read its rows: another transaction commits an event and wakes the relay
                            try {
                                committedMeanwhile.add(append());
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                            wakeUp();
                        }
                    }
                };
            }
        };
        relay.start(null);
        relay.wakeUp();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !committedMeanwhile.isEmpty() && relay.pendingEvents() == 0);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, first)).hasSize(1);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, committedMeanwhile.get(0))).hasSize(1);
    }

    @Test
    void whileKafkaIsUnreachableTheEventsWaitAndFailuresAreCounted() throws Exception {
        UUID patient = append();

        relay = start(Map.of("bootstrap.servers", "localhost:1")); // nothing listens there
        relay.wakeUp();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.counter("telerehab.outbox.publish.failures").count() >= 2);
        assertThat(relay.pendingEvents()).isEqualTo(1);
        assertThat(registry.get("telerehab.outbox.pending").gauge().value()).isEqualTo(1);
        assertThat(producerThreads()).as("a producer that failed is closed before the next is made").isLessThan(2);
        assertThat(KitDatabase.count(database, "SELECT attempts FROM outbox_event WHERE event_key = '" + patient
                + "'")).as("each failed send counted on the row").isPositive();
        relay.stop(null);
        assertThat(relayThreadRunning()).isFalse();
        assertThat(producerThreads()).isZero();
    }

    private OutboxRelayService start(Map<String, Object> connection) {
        // a poll interval longer than any test: only a commit's wake-up or a full batch makes the relay go on
        OutboxRelayService service = new OutboxRelayService(database, RelaySettings.withPollInterval(
                Duration.ofMinutes(5)), registry,
                withIgnoredSetting(connection), "kit-test");
        service.start(null);
        return service;
    }

    private static Map<String, Object> withIgnoredSetting(Map<String, Object> connection) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put("not.a.producer.setting", "ignored");
        return config;
    }

    private UUID append() throws SQLException {
        UUID patient = UUID.randomUUID();
        try (Connection c = database.getConnection()) {
            new OutboxStore().append(c, new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient,
                    UUID.randomUUID()));
        }
        return patient;
    }

    private static long producerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().endsWith("kit-test-outbox-relay") && t.isAlive()).count();
    }

    private static boolean relayThreadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("outbox-relay") && t.isAlive());
    }
}
