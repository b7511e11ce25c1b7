package org.telerehab.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies a channel's dead letters once the cause is fixed: each record of the channel's dead-letter topic not
 * replayed before goes, in order, to the channel's own handler ({@link ChannelHandlers}), which applies it through
 * {@link IdempotentConsumer}: an event already applied is skipped, so a replay repeated by mistake changes nothing.
 * What was replayed is remembered as the offsets of a consumer group of its own; a record that fails again stops the
 * replay before it (nothing after it is marked replayed), so the next replay starts with it.
 */
public final class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    /** What a replay did: records applied, and the one that failed again (null when none did). */
    public record Result(int replayed, String stoppedAt) {
    }

    private final Map<String, Object> kafkaConfig;
    private final String group;

    /**
     * @param kafkaConfig the service's connection and security settings ({@code kafka.*})
     * @param group       the consumer group that remembers what was replayed
     */
    public DeadLetterReplay(Map<String, Object> kafkaConfig, String group) {
        this.kafkaConfig = kafkaConfig;
        this.group = group;
    }

    public Result replay(String deadLetterTopic, Consumer<String> handler, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic, timeout);
            if (partitions == null || partitions.isEmpty()) {
                return new Result(0, null);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
            int replayed = 0;
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try {
                while (!caughtUp(consumer, end)) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("the dead-letter topic " + deadLetterTopic
                                + " was not read to its end within " + timeout);
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() >= end.get(partition)) {
                            continue; // arrived during the replay: the next replay takes it
                        }
                        try {
                            handler.accept(record.value());
                        } catch (RuntimeException e) {
                            String where = partition + "@" + record.offset();
                            LOG.errorf(e, "dead letter %s failed again; the replay stops before it", where);
                            done.put(partition, new OffsetAndMetadata(record.offset())); // not past it
                            return new Result(replayed, where + ": " + e.getMessage());
                        }
                        replayed++;
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                LOG.infof("dead letters of %s: %d replayed", deadLetterTopic, replayed);
                return new Result(replayed, null);
            } finally {
                consumer.commitSync(done, timeout);
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
