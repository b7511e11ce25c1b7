package org.telerehab.kit.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Runs the outbox relay on one background thread for the life of the service. */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final DataSource dataSource;
    private final MessagingConfig.Outbox config;
    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final Counter publishedCounter;
    private final Counter failureCounter;
    private final Semaphore wakeUps = new Semaphore(0);
    private final OutboxStore store = new OutboxStore();

    private volatile boolean running;
    private Thread worker;

    /**
     * @param kafkaConfig every {@code kafka.*} property of the service (bootstrap servers, TLS, SASL, ...), the same
     *                    connection settings the messaging channels use
     */
    @Inject
    OutboxRelayService(AgroalDataSource dataSource, MessagingConfig config, MeterRegistry registry,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this((DataSource) dataSource, config, registry, kafkaConfig, serviceName);
    }

    /** For tests on a plain database. */
    OutboxRelayService(DataSource dataSource, MessagingConfig config, MeterRegistry registry,
                       Map<String, Object> kafkaConfig, String serviceName) {
        this.dataSource = dataSource;
        this.config = config.outbox();
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.publishedCounter = registry.counter("telerehab.outbox.published");
        this.failureCounter = registry.counter("telerehab.outbox.publish.failures");
        registry.gauge("telerehab.outbox.pending", this, OutboxRelayService::pendingOrMinusOne);
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.warn("outbox relay disabled: events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Finishes the batch in flight, then stops; what is left is published by the next start. */
    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (worker != null) {
            wakeUps.release();
            worker.join(config.sendTimeout().toMillis() + 5_000);
        }
    }

    /**
     * Called after a transaction that wrote to the outbox committed (never before: the row must be visible to the
     * relay's next read). Never lost: a permit stays until the relay next waits, so a commit that lands while a batch
     * is in flight (after that batch read its rows) makes the relay read again at once instead of after a poll
     * interval; the permits left then are drained, since the read that follows sees every commit before it.
     */
    public void wakeUp() {
        wakeUps.release();
    }

    public long pendingEvents() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return store.countPending(connection);
        }
    }

    private double pendingOrMinusOne() {
        try {
            return pendingEvents();
        } catch (SQLException e) {
            return -1;
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        Instant nextCleanup = Instant.now();
        Producer<String, String> producer = null;
        while (running) {
            try {
                if (producer == null) {
                    producer = createProducer();
                }
                int published = relay(producer).publishBatch();
                publishedCounter.increment(published);
                backoff = Duration.ofMillis(100);
                if (Instant.now().isAfter(nextCleanup)) {
                    deleteExpired();
                    nextCleanup = Instant.now().plus(CLEANUP_EVERY);
                }
                if (published < config.batchSize()) {
                    // a commit that woke us while that batch was in flight left a permit: no wait at all then
                    awaitWakeUp(config.pollInterval());
                }
            } catch (Exception e) {
                failureCounter.increment();
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                if (e instanceof OutboxRelay.PublishException && producer != null) {
                    // a fresh producer (new producer id) after a failed send keeps idempotence state clean
                    producer.close(Duration.ofSeconds(1));
                    producer = null;
                }
                awaitWakeUp(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** One batch's relay; a seam for tests that act while a batch is in flight. */
    OutboxRelay relay(Producer<String, String> producer) {
        return new OutboxRelay(dataSource, producer, config.batchSize(), config.sendTimeout());
    }

    private void deleteExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int deleted = store.deletePublishedBefore(connection, Instant.now().minus(config.retention()));
            if (deleted > 0) {
                LOG.infof("outbox: deleted %d published events older than %s", deleted, config.retention());
            }
        }
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits(); // one pass serves every commit that woke us meanwhile
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Producer<String, String> createProducer() {
        Map<String, Object> props = new HashMap<>();
        // connection and security settings as configured for the service; delivery guarantees are the relay's own
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.sendTimeout().toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        // Kafka refuses a delivery timeout below linger + request timeout: a request timeout equal to the send
        // timeout (any send timeout under 15 s) made every producer fail to start (found by OutboxRelayServiceTest)
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(config.sendTimeout().toMillis() / 2, 15_000));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
