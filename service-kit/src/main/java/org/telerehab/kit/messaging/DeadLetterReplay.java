package org.telerehab.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a consumer's dead letters back through the topic they came from, once the cause is fixed: each record of the
 * dead-letter topic not replayed before goes, with its key and value, to the topic its {@code dead-letter-topic}
 * header names; every consumer of that topic applies it through {@link IdempotentConsumer}, so whoever had already
 * applied the event skips it, and a replay repeated by mistake changes nothing. What was replayed is remembered as the
 * offsets of a consumer group of its own.
 */
public final class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    /** Where SmallRye's dead-letter strategy records the topic a record came from. */
    static final String ORIGIN_HEADER = "dead-letter-topic";

    /** What a replay did: records sent back, and records without an origin (left for a person to look at). */
    public record Result(int replayed, int withoutOrigin) {
    }

    private final Map<String, Object> kafkaConfig;
    private final String group;

    /** @param kafkaConfig the service's connection and security settings ({@code kafka.*}) */
    public DeadLetterReplay(Map<String, Object> kafkaConfig, String serviceName) {
        this.kafkaConfig = kafkaConfig;
        this.group = serviceName + "-dead-letter-replay";
    }

    public Result replay(String deadLetterTopic, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(timeout))) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic, timeout);
            if (partitions == null || partitions.isEmpty()) {
                return new Result(0, 0);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
            int replayed = 0;
            int withoutOrigin = 0;
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the dead-letter topic " + deadLetterTopic
                            + " was not read to its end within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived during the replay: the next replay takes it
                    }
                    Header origin = record.headers().lastHeader(ORIGIN_HEADER);
                    if (origin == null) {
                        withoutOrigin++;
                    } else {
                        sendAndWait(producer, new ProducerRecord<>(new String(origin.value(), StandardCharsets.UTF_8),
                                record.key(), record.value()), timeout);
                        replayed++;
                    }
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            }
            consumer.commitSync(done, timeout);
            LOG.infof("dead letters of %s: %d replayed, %d without an origin", deadLetterTopic, replayed,
                    withoutOrigin);
            return new Result(replayed, withoutOrigin);
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void sendAndWait(KafkaProducer<String, String> producer, ProducerRecord<String, String> record,
                                    Duration timeout) throws InterruptedException {
        try {
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // nothing is committed: the next replay sends this record again (its consumers skip a copy)
            throw new IllegalStateException("the broker did not take a replayed record", e);
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> props = connection(ConsumerConfig.configNames());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private Map<String, Object> producerConfig(Duration timeout) {
        Map<String, Object> props = connection(ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, group);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private Map<String, Object> connection(java.util.Set<String> known) {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }
}
