package org.telerehab.kit.messaging;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.EmbeddedKafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dead letters are applied by the channel's handler, in order, once each, on a real broker. */
class DeadLetterReplayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String deadLetters = "dead-letter-topic-" + suffix;
    private final DeadLetterReplay replay = new DeadLetterReplay(EmbeddedKafka.clientConfig(), "replay-" + suffix);
    private final List<String> applied = new ArrayList<>();

    @Test
    void eachDeadLetterIsAppliedOnceInOrder() throws Exception {
        deadLetter("{\"eventId\":\"1\"}");
        deadLetter("{\"eventId\":\"2\"}");

        assertThat(replay.replay(deadLetters, applied::add, TIMEOUT)).isEqualTo(new DeadLetterReplay.Result(2, null));
        assertThat(replay.replay(deadLetters, applied::add, TIMEOUT)).as("a second replay finds nothing new")
                .isEqualTo(new DeadLetterReplay.Result(0, null));
        deadLetter("{\"eventId\":\"3\"}");
        assertThat(replay.replay(deadLetters, applied::add, TIMEOUT)).as("only what came after")
                .isEqualTo(new DeadLetterReplay.Result(1, null));

        assertThat(applied).containsExactly("{\"eventId\":\"1\"}", "{\"eventId\":\"2\"}", "{\"eventId\":\"3\"}");
    }

    @Test
    void aDeadLetterThatFailsAgainStopsTheReplayAndTheNextReplayStartsWithIt() throws Exception {
        deadLetter("{\"eventId\":\"1\"}");
        deadLetter("{\"eventId\":\"broken\"}");
        deadLetter("{\"eventId\":\"3\"}");
        java.util.function.Consumer<String> stillBroken = value -> {
            if (value.contains("broken")) {
                throw new IllegalStateException("the cause is not fixed");
            }
            applied.add(value);
        };

        DeadLetterReplay.Result first = replay.replay(deadLetters, stillBroken, TIMEOUT);
        assertThat(first.replayed()).isEqualTo(1);
        assertThat(first.stoppedAt()).contains("@1").contains("the cause is not fixed");
        assertThat(applied).as("nothing after the failure").containsExactly("{\"eventId\":\"1\"}");

        assertThat(replay.replay(deadLetters, applied::add, TIMEOUT)).as("once fixed")
                .isEqualTo(new DeadLetterReplay.Result(2, null));
        assertThat(applied).containsExactly("{\"eventId\":\"1\"}", "{\"eventId\":\"broken\"}", "{\"eventId\":\"3\"}");
    }

    @Test
    void aTopicWithoutDeadLettersReplaysNothing() {
        assertThat(replay.replay("dead-letter-topic-none-" + suffix, applied::add, Duration.ofSeconds(10)))
                .isEqualTo(new DeadLetterReplay.Result(0, null));
        assertThat(applied).isEmpty();
    }

    private void deadLetter(String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(EmbeddedKafka.clientConfig(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())))) {
            // one partition: the order of the records is the order of the replay
            producer.send(new ProducerRecord<>(deadLetters, 0, "patient", value)).get();
        }
    }
}
