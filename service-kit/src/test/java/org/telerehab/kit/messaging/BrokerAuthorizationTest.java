package org.telerehab.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.BrokerAcls;
import org.telerehab.events.Topics;
import org.telerehab.testsupport.EmbeddedKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker of the tests authorizes as production's (TLS, a SCRAM user per service): a service's credentials write
 * only its own topic, so a compromised intake-service cannot forge the care events that open patients' records in the
 * other services.
 */
class BrokerAuthorizationTest {

    static List<BrokerAccess> services() {
        return BrokerAccess.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void aServiceWritesItsOwnTopicAndNoOtherContractTopic(BrokerAccess service) throws Exception {
        Map<String, Object> credentials = EmbeddedKafka.serviceConfig(service.service());
        assertThat(credentials).as("the cluster's client settings").containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        for (String topic : service.produces()) {
            send(credentials, topic).get();
        }
        for (String topic : Topics.ALL) {
            if (!service.produces().contains(topic)) {
                assertThatThrownBy(() -> send(credentials, topic).get()).as(service.service() + " writes " + topic)
                        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void intakeCannotForgeACareGrantNorReadAlertsNorJoinAnotherServicesGroup() {
        Map<String, Object> intake = EmbeddedKafka.serviceConfig(BrokerAccess.INTAKE.service());
        assertThatThrownBy(() -> send(intake, Topics.PROGRAM_CARE).get()).cause()
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll(intake, "intake-service", Topics.PROGRESS_ALERTS))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll(intake, "program-service", Topics.PROGRAM_CARE))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aServiceReadsWhatItConsumesInItsOwnGroup() {
        Map<String, Object> progress = EmbeddedKafka.serviceConfig(BrokerAccess.PROGRESS.service());
        for (String topic : BrokerAccess.PROGRESS.consumes().values()) {
            poll(progress, "progress-service", topic);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> forged = new HashMap<>(EmbeddedKafka.serviceConfig(BrokerAccess.PROGRAM.service()));
        forged.put("sasl.jaas.config", BrokerAcls.scramLogin("program-service", "guessed"));
        forged.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        assertThatThrownBy(() -> send(forged, Topics.PROGRAM_CARE).get())
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    private static java.util.concurrent.Future<?> send(Map<String, Object> credentials, String topic) {
        Map<String, Object> config = new HashMap<>(credentials);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        // an event of a type no reader knows, keyed by a patient nobody has: every consumer of the topic (other tests'
        // included) skips it, as the contract's readers skip types they do not know
        String patient = UUID.randomUUID().toString();
        String probe = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"BrokerAccessProbe\",\"occurredAt\":\""
                + Instant.now() + "\",\"patientId\":\"" + patient + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            return producer.send(new ProducerRecord<>(topic, patient, probe));
        }
    }

    private static void poll(Map<String, Object> credentials, String group, String topic) {
        Map<String, Object> config = new HashMap<>(credentials);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            for (int i = 0; i < 20; i++) {
                consumer.poll(Duration.ofMillis(500)); // throws once the broker refused the topic or the group
                if (!consumer.assignment().isEmpty()) {
                    return;
                }
            }
            throw new AssertionError("no partition of " + topic + " was assigned to " + group);
        }
    }
}
