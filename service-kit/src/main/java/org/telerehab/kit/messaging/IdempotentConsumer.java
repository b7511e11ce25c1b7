package org.telerehab.kit.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.telerehab.events.EventCodec;
import org.telerehab.events.TelerehabEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer: the event id is recorded in processed_event in the same
 * transaction as the handler's writes, so a redelivery (after a crash, a rebalance or a relay re-send) is
 * recognised and skipped. Failed attempts are retried in fresh transactions; a payload that is not an event,
 * or an event that still fails after the last attempt, is rethrown for the channel's dead-letter topic.
 *
 * <p>An attempt that failed because the database could not be reached (a connection error, the server shutting
 * down or not accepting connections yet) does not count towards the last attempt: the event is retried at the
 * longest back-off until the database is back. Such an event is fine; dead-lettering it would drop its effect for
 * good (nothing replays the dead-letter topic), e.g. a red-flag alert that never pauses the plan after a database
 * restart longer than the retries.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** Runs work in a new transaction of its own: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    interface NewTransaction {
        boolean call(Callable<Boolean> work);
    }

    /** Waits between attempts. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration);
    }

    private final DataSource dataSource;
    private final MessagingConfig.Consumer config;
    private final NewTransaction newTransaction;
    private final Pause pause;
    private final DeadLetters deadLettered;
    private final ProcessedEventStore store = new ProcessedEventStore();

    /** Counts what each consumer gave up on. */
    @FunctionalInterface
    interface DeadLetters {
        /** Called with the consumer's name for every event it is handed, before anything can fail. */
        default void seen(String consumer) {
        }

        void accept(String consumer);
    }

    @Inject
    IdempotentConsumer(AgroalDataSource dataSource, MessagingConfig config, MeterRegistry registry) {
        // inside a JTA transaction Agroal hands out the connection enlisted in it, shared with the handler's writes
        this(dataSource, config.consumer(), work -> QuarkusTransaction.requiringNew().call(work),
                IdempotentConsumer::sleep, new DeadLetterCounters(registry));
    }

    /** For tests on a plain database: {@code newTransaction} must give the handler the connection it gives us. */
    IdempotentConsumer(DataSource dataSource, MessagingConfig.Consumer config, NewTransaction newTransaction,
                       Pause pause) {
        this(dataSource, config, newTransaction, pause, consumer -> { });
    }

    /** @param deadLettered told the consumer's name each time an event goes to the dead-letter topic */
    IdempotentConsumer(DataSource dataSource, MessagingConfig.Consumer config, NewTransaction newTransaction,
                       Pause pause, DeadLetters deadLettered) {
        this.dataSource = dataSource;
        this.config = config;
        this.newTransaction = newTransaction;
        this.pause = pause;
        this.deadLettered = deadLettered;
    }

    /**
     * Counts the events each consumer gave up on ({@code telerehab_consumer_dead_lettered_total{consumer=...}} in
     * Prometheus): each one is an effect that did not happen (an alert not raised, a plan not paused), so ops are
     * alerted on any (deploy/base/alerts.yaml) and replay them once the cause is fixed ({@link DeadLetterReplay}).
     */
    public static final String DEAD_LETTERED = "telerehab.consumer.dead.lettered";

    /**
     * @param consumer a stable name for this handler (renaming it would re-apply every retained event)
     * @param payload  the record's JSON value
     * @param handler  the writes the event causes; runs inside the transaction
     * @return true when the handler ran, false for a redelivery or an event type this service does not know
     */
    public boolean handle(String consumer, String payload, Consumer<TelerehabEvent> handler) {
        deadLettered.seen(consumer);
        Optional<TelerehabEvent> decoded;
        try {
            decoded = EventCodec.decode(payload);
        } catch (EventCodec.MalformedEventException e) {
            deadLettered.accept(consumer);
            throw e;
        }
        if (decoded.isEmpty()) {
            LOG.debugf("%s: skipping an event type it does not know", consumer);
            return false;
        }
        TelerehabEvent event = decoded.get();
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return newTransaction.call(() -> applyOnce(consumer, event, handler));
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts() && isDatabaseUnavailable(e)) {
                    LOG.warnf("%s: database unavailable for %s %s (%s); retrying until it is back", consumer,
                            event.type(), event.eventId(), e.getMessage());
                    pause.pause(config.maxBackoff());
                    continue;
                }
                if (attempt >= config.maxAttempts()) {
                    LOG.errorf(e, "%s: giving up on %s %s after %d attempts", consumer, event.type(),
                            event.eventId(), attempt);
                    deadLettered.accept(consumer);
                    throw e;
                }
                LOG.warnf("%s: attempt %d for %s %s failed (%s); retrying", consumer, attempt, event.type(),
                        event.eventId(), e.getMessage());
                pause.pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) < 0
                        ? backoff.multipliedBy(2) : config.maxBackoff();
            }
        }
    }

    private boolean applyOnce(String consumer, TelerehabEvent event, Consumer<TelerehabEvent> handler)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!store.markFirstDelivery(connection, consumer, event.eventId(), event.type())) {
                LOG.debugf("%s: %s %s already processed", consumer, event.type(), event.eventId());
                return false;
            }
        }
        handler.accept(event);
        return true;
    }

    /**
     * Whether the failure is the database being unreachable rather than the event or the handler: SQLState class 08
     * (connection exception), 57P01-57P03 (admin or crash shutdown, cannot connect now), or a JDBC transient /
     * recoverable connection exception, anywhere in the cause chain.
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 25; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The production pause; an interrupt (the service shutting down) ends the retries. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    /**
     * One Prometheus counter per consumer, registered at zero with the consumer's first event: an alert on
     * {@code increase()} needs the series to exist before the first dead letter, or it never sees that one.
     */
    static final class DeadLetterCounters implements DeadLetters {

        private final MeterRegistry registry;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        DeadLetterCounters(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void seen(String consumer) {
            counter(consumer);
        }

        @Override
        public void accept(String consumer) {
            counter(consumer).increment();
        }

        private Counter counter(String consumer) {
            return counters.computeIfAbsent(consumer, c -> registry.counter(DEAD_LETTERED, "consumer", c));
        }
    }
}
