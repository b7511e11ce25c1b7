package org.telerehab.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dead letters go back to the topic they came from, once each, on a real broker. */
class DeadLetterReplayTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String origin = "origin-" + suffix;
    private final String deadLetters = "dead-letter-topic-" + suffix;
    private final Map<String, Object> connection = Map.of("bootstrap.servers", EmbeddedKafka.bootstrapServers());

    @Test
    void eachDeadLetterReturnsToItsTopicOnceWithItsKeyAndValue() throws Exception {
        deadLetter("patient-1", "{\"eventId\":\"1\"}", origin);
        deadLetter("patient-2", "{\"eventId\":\"2\"}", origin);
        deadLetter("patient-3", "{\"eventId\":\"3\"}", null);
        DeadLetterReplay replay = new DeadLetterReplay(connection, "svc-" + suffix);

        assertThat(replay.replay(deadLetters, Duration.ofSeconds(30)))
                .isEqualTo(new DeadLetterReplay.Result(2, 1));
        assertThat(replay.replay(deadLetters, Duration.ofSeconds(30))).as("a second replay finds nothing new")
                .isEqualTo(new DeadLetterReplay.Result(0, 0));
        deadLetter("patient-4", "{\"eventId\":\"4\"}", origin);
        assertThat(replay.replay(deadLetters, Duration.ofSeconds(30))).as("only what came after")
                .isEqualTo(new DeadLetterReplay.Result(1, 0));

        assertThat(read(origin, 3)).containsExactly("patient-1={\"eventId\":\"1\"}", "patient-2={\"eventId\":\"2\"}",
                "patient-4={\"eventId\":\"4\"}");
    }

    @Test
    void aTopicWithoutDeadLettersReplaysNothing() throws Exception {
        assertThat(new DeadLetterReplay(connection, "svc-" + suffix).replay("dead-letter-topic-none-" + suffix,
                Duration.ofSeconds(10))).isEqualTo(new DeadLetterReplay.Result(0, 0));
    }

    private void deadLetter(String key, String value, String from) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(deadLetters, 0, key, value);
            if (from != null) {
                record.headers().add(DeadLetterReplay.ORIGIN_HEADER, from.getBytes(StandardCharsets.UTF_8));
                record.headers().add("dead-letter-reason", "the handler failed".getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }

    private static List<String> read(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    records.add(r.key() + "=" + r.value());
                }
            }
            // anything more would be a record replayed twice
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                records.add(r.key() + "=" + r.value());
            }
            return records;
        }
    }
}
