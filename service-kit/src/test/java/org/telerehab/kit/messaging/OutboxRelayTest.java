package org.telerehab.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.EventCodec;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.Topics;
import org.telerehab.testsupport.EmbeddedKafka;
import org.telerehab.testsupport.EventProbe;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox guarantees end to end, on a real PostgreSQL and a real Kafka broker, between two services' databases:
 * a "program" database whose transactions write care rows and their events, and a "consumer" database whose
 * production {@link IdempotentConsumer} records what it applied.
 */
class OutboxRelayTest {

    private DataSource producerDb;
    private DataSource consumerDb;
    private JdbcTransactions consumerTransactions;
    private IdempotentConsumer consumer;
    private Producer<String, String> kafkaProducer;
    private KafkaConsumer<String, String> kafkaConsumer;
    private final Set<UUID> patients = new java.util.HashSet<>();

    @BeforeEach
    void databases() throws Exception {
        producerDb = KitDatabase.migrated("producer");
        consumerDb = KitDatabase.migrated("consumer");
        KitDatabase.execute(producerDb, "CREATE TABLE care (patient_id UUID PRIMARY KEY, therapist_id UUID NOT NULL)");
        // no unique key on purpose: a doubled event would show up as a second row
        KitDatabase.execute(consumerDb, "CREATE TABLE care_seen (patient_id UUID NOT NULL, therapist_id UUID NOT NULL)");
        consumerTransactions = new JdbcTransactions(consumerDb);
        consumer = new IdempotentConsumer(consumerTransactions.dataSource(), new MessagingConfig.Consumer() {
            @Override
            public int maxAttempts() {
                return 3;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(10);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMillis(100);
            }
        }, consumerTransactions, IdempotentConsumer::sleep);
        kafkaProducer = new KafkaProducer<>(EmbeddedKafka.clientConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())));
        kafkaConsumer = new KafkaConsumer<>(EmbeddedKafka.clientConfig(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "consumer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())));
        kafkaConsumer.subscribe(List.of(Topics.PROGRAM_CARE));
    }

    @AfterEach
    void close() {
        kafkaProducer.close();
        kafkaConsumer.close();
    }

    @Test
    void committedEventReachesTheOtherServiceExactlyOnceAndRolledBackOneNeverLeaves() throws Exception {
        UUID committed = takeIntoCare(true);
        UUID rolledBack = takeIntoCare(false);

        new OutboxRelay(producerDb, kafkaProducer, 50, Duration.ofSeconds(10)).drain();
        consumeUntilApplied(1);

        assertThat(careSeen()).containsExactly(committed);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, committed)).hasSize(1);
        assertThat(KitDatabase.count(producerDb, "SELECT count(*) FROM care WHERE patient_id = '" + rolledBack + "'"))
                .isZero();
        assertThat(topicEventsFor(rolledBack)).isEmpty();
        assertThat(pending()).isZero();
    }

    @Test
    void relayCrashingAfterKafkaAckButBeforeMarkingLosesNothingAndConsumersApplyOnce() throws Exception {
        List<UUID> patientsInCare = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            patientsInCare.add(takeIntoCare(true));
        }

        OutboxRelay crashing = new OutboxRelay(producerDb, kafkaProducer, 3, Duration.ofSeconds(10)) {
            @Override
            protected void beforeMarkingPublished(List<UUID> acknowledged) {
                throw new IllegalStateException("simulated crash: process died before the database commit");
            }
        };
        assertThatThrownBy(crashing::publishBatch).hasMessageContaining("simulated crash");
        assertThat(pending()).as("nothing was marked published").isEqualTo(5);

        // restart: a new relay, as after the process came back
        int republished = new OutboxRelay(producerDb, kafkaProducer, 3, Duration.ofSeconds(10)).drain();
        assertThat(republished).isEqualTo(5);
        assertThat(pending()).isZero();

        consumeUntilApplied(5);
        List<UUID> onTopic = topicEventsFor(patientsInCare.get(0)).stream().map(TelerehabEvent::key).toList();
        assertThat(onTopic).as("the crashed batch really went out twice").hasSize(2);
        assertThat(careSeen()).as("yet each event was applied once").containsExactlyInAnyOrderElementsOf(
                patientsInCare);
    }

    // --- the two services' sides -----------------------------------------------------------------------------

    private UUID takeIntoCare(boolean commit) throws SQLException {
        UUID patient = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        patients.add(patient);
        try (Connection c = producerDb.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO care VALUES (?, ?)")) {
                insert.setObject(1, patient);
                insert.setObject(2, therapist);
                insert.executeUpdate();
            }
            new OutboxStore().append(c, new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
        return patient;
    }

    /** The other service's side: the production idempotent consumer, recording what it applied. */
    private boolean applyOnce(String payload) {
        return consumer.handle("care", payload, event -> {
            PatientTakenIntoCare care = (PatientTakenIntoCare) event;
            try (Connection c = consumerTransactions.dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO care_seen VALUES (?, ?)")) {
                insert.setObject(1, care.patientId());
                insert.setObject(2, care.therapistId());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void consumeUntilApplied(int expected) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(30);
        Instant quietUntil = null;
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : kafkaConsumer.poll(Duration.ofMillis(200))) {
                if (patients.contains(UUID.fromString(record.key()))) {
                    applyOnce(record.value());
                }
            }
            if (careSeen().size() >= expected) {
                quietUntil = quietUntil == null ? Instant.now().plusSeconds(2) : quietUntil;
                if (Instant.now().isAfter(quietUntil)) {
                    return; // read on a little so that any duplicate would have been applied too
                }
            }
        }
    }

    private List<TelerehabEvent> topicEventsFor(UUID patient) {
        return EventProbe.events(Topics.PROGRAM_CARE, e -> e.key().equals(patient), 0,
                Duration.ofSeconds(4), Duration.ofSeconds(3));
    }

    private List<UUID> careSeen() throws SQLException {
        List<UUID> seen = new ArrayList<>();
        try (Connection c = consumerDb.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT patient_id FROM care_seen")) {
            while (rs.next()) {
                seen.add(rs.getObject(1, UUID.class));
            }
        }
        return seen;
    }

    private long pending() throws SQLException {
        try (Connection c = producerDb.getConnection()) {
            return new OutboxStore().countPending(c);
        }
    }
}
