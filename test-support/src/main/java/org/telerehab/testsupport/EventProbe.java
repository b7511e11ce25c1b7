package org.telerehab.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.EventCodec;
import org.telerehab.events.TelerehabEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** Reads and writes contract events on the real broker, the way another service would. */
public final class EventProbe {

    private EventProbe() {
    }

    /**
     * Publishes as the owning service would: as its broker user, keyed by patientId. Publishing twice simulates a
     * redelivery.
     */
    public static void publish(TelerehabEvent event) {
        String owner = BrokerAccess.SERVICES.stream().filter(s -> s.produces().contains(event.topic())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service writes " + event.topic())).service();
        Map<String, Object> config = new HashMap<>(EmbeddedKafka.serviceConfig(owner));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(event.topic(), event.key().toString(), EventCodec.encode(event)))
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot publish " + event.type(), e);
        }
    }

    /**
     * Every event on the topic that matches, read from the beginning until {@code settle} passes with nothing
     * new after at least {@code expected} matches arrived (or {@code timeout} ends). Counting after the settle
     * time is what lets a test see a duplicate, not just the first copy.
     */
    public static List<TelerehabEvent> events(String topic, Predicate<TelerehabEvent> matching, int expected,
                                              Duration timeout, Duration settle) {
        List<TelerehabEvent> found = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(EmbeddedKafka.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            Instant quietUntil = null;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    EventCodec.decode(record.value()).filter(matching).ifPresent(found::add);
                }
                if (found.size() >= expected) {
                    if (quietUntil == null) {
                        quietUntil = Instant.now().plus(settle);
                    } else if (Instant.now().isAfter(quietUntil)) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * All events about one patient (or one therapist, on a therapists' topic) on the topic: expects at least one,
     * then waits 2 s for any duplicate.
     */
    public static List<TelerehabEvent> eventsFor(String topic, UUID key) {
        return events(topic, e -> e.key().equals(key), 1, Duration.ofSeconds(20), Duration.ofSeconds(2));
    }
}
