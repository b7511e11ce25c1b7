package org.telerehab.e2e;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.Topics;
import org.telerehab.platformkit.KafkaServer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's broker as the services meet it: over TLS, each service logged in with its own SCRAM-SHA-512 user,
 * the same client settings as in the cluster. intake-service's login cannot forge a care grant.
 */
@ExtendWith({RunningPlatform.class, BrokerIT.Broker.class})
class BrokerIT {

    private static KafkaServer kafka;

    @Test
    void intakesLoginWritesScreeningsButCannotForgeACareGrant() throws Exception {
        Map<String, Object> intake = clientOf(BrokerAccess.INTAKE.service());
        assertThat(intake).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512");

        send(intake, Topics.INTAKE_SCREENINGS);
        assertThatThrownBy(() -> send(intake, Topics.PROGRAM_CARE)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TopicAuthorizationException.class);
    }

    /** The service's login, from the environment the platform gives it. */
    private static Map<String, Object> clientOf(String service) {
        Map<String, Object> config = new HashMap<>();
        kafka.serviceEnvironment(service).forEach((key, value) ->
                config.put(key.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return config;
    }

    /** An event of a type no reader knows, for a patient nobody has: the services skip it. */
    private static void send(Map<String, Object> config, String topic) throws Exception {
        String patient = UUID.randomUUID().toString();
        String probe = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"BrokerAccessProbe\",\"occurredAt\":\""
                + Instant.now() + "\",\"patientId\":\"" + patient + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, patient, probe)).get();
        }
    }

    /** Hands the test the running platform's broker. */
    static final class Broker implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            kafka = RunningPlatform.platform(context).kafka();
        }
    }
}
