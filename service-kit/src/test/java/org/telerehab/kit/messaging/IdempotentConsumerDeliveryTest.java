package org.telerehab.kit.messaging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.EventCodec;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.TelerehabEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production {@link IdempotentConsumer} on a real PostgreSQL database, with a handler whose effect is not
 * idempotent: it adds one to a counter and appends a row, so an event applied twice shows as 2. Whatever the
 * delivery (again, out of order, on two threads at once, after a failed attempt), each event counts once.
 */
class IdempotentConsumerDeliveryTest {

    private static final String CONSUMER = "care-counter";

    private DataSource database;
    private JdbcTransactions transactions;
    private IdempotentConsumer consumer;
    /** The consumers the dead-letter metric was told about, in order. */
    private final List<String> deadLettered = new ArrayList<>();

    @BeforeEach
    void database() {
        database = KitDatabase.migrated("idempotent");
        KitDatabase.execute(database, "CREATE TABLE counter (n INT NOT NULL); INSERT INTO counter VALUES (0);"
                + " CREATE TABLE applied (event_id UUID NOT NULL)"); // no key: a second application is a second row
        transactions = new JdbcTransactions(database);
        consumer = new IdempotentConsumer(transactions.dataSource(), config(3), transactions,
                IdempotentConsumer::sleep, deadLettered::add);
    }

    @Test
    void anEventDeliveredThreeTimesIsAppliedOnce() {
        String event = payload(event());

        assertThat(consumer.handle(CONSUMER, event, this::count)).isTrue();
        assertThat(consumer.handle(CONSUMER, event, this::count)).isFalse();
        assertThat(consumer.handle(CONSUMER, event, this::count)).isFalse();

        assertThat(counter()).isEqualTo(1);
        assertThat(processedMarks()).isEqualTo(1);
    }

    @Test
    void eventsRedeliveredOutOfOrderAreEachAppliedOnce() {
        List<TelerehabEvent> events = List.of(event(), event(), event());
        List<Boolean> ran = new ArrayList<>();
        for (int i : new int[]{2, 0, 2, 1, 0, 1, 2}) {
            ran.add(consumer.handle(CONSUMER, payload(events.get(i)), this::count));
        }

        assertThat(ran).containsExactly(true, true, false, true, false, false, false);
        assertThat(counter()).isEqualTo(3);
        for (TelerehabEvent event : events) {
            assertThat(KitDatabase.count(database, "SELECT count(*) FROM applied WHERE event_id = '"
                    + event.eventId() + "'")).as("applications of " + event.eventId()).isEqualTo(1);
        }
    }

    @Test
    void theSameEventOnTwoThreadsAtOnceIsAppliedOnce() throws Exception {
        String event = payload(event());
        CountDownLatch firstInside = new CountDownLatch(1);
        AtomicInteger handlerRuns = new AtomicInteger();
        Consumer<TelerehabEvent> slowCount = e -> {
            if (handlerRuns.incrementAndGet() == 1) {
                firstInside.countDown();
                // stay in the transaction until the other delivery waits on it (or would have run on its own)
                awaitABlockedStatement(Duration.ofSeconds(5));
            }
            count(e);
        };

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> consumer.handle(CONSUMER, event,
                slowCount));
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> consumer.handle(CONSUMER, event,
                slowCount));

        assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(true, false);
        assertThat(handlerRuns).hasValue(1);
        assertThat(counter()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptTakesItsEffectAndItsMarkBackSoTheRetryCountsOnce() {
        String event = payload(event());
        AtomicInteger attempts = new AtomicInteger();

        boolean ran = consumer.handle(CONSUMER, event, e -> {
            count(e); // written, then the attempt fails: both the count and the mark must roll back
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the first attempt fails after its write");
            }
        });

        assertThat(ran).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(counter()).isEqualTo(1);
        assertThat(consumer.handle(CONSUMER, event, this::count)).isFalse();
        assertThat(counter()).isEqualTo(1);
    }

    @Test
    void anEventThatFailsEveryAttemptIsRethrownForTheDeadLetterTopicLeavingNothing() {
        String event = payload(event());
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> consumer.handle(CONSUMER, event, e -> {
            count(e);
            attempts.incrementAndGet();
            throw new IllegalArgumentException("this event cannot be applied");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("this event cannot be applied");

        assertThat(attempts).as("attempts: the configured maximum").hasValue(3);
        assertThat(counter()).isZero();
        assertThat(processedMarks()).as("a later redelivery may still apply it").isZero();
        assertThat(deadLettered).as("counted once for the alert on dead letters").containsExactly(CONSUMER);
    }

    @Test
    void anUnreachableDatabaseIsWaitedForAtTheLongestPauseBeyondTheLastAttemptAndTheEventThenCountsOnce() {
        String event = payload(event());
        AtomicInteger unreachable = new AtomicInteger(5); // more failures than the 3 attempts allow
        List<Duration> pauses = new ArrayList<>();
        IdempotentConsumer flaky = new IdempotentConsumer(transactions.dataSource(), config(3), work -> {
            if (unreachable.getAndDecrement() > 0) {
                throw new IllegalStateException(new SQLException("Connection to localhost refused", "08001"));
            }
            return transactions.call(work);
        }, pauses::add);

        assertThat(flaky.handle(CONSUMER, event, this::count)).isTrue();
        assertThat(pauses).as("doubling from the first pause, then the longest until the database is back")
                .containsExactly(ms(1), ms(2), ms(4), ms(4), ms(4));
        assertThat(counter()).isEqualTo(1);
    }

    @Test
    void retriesPauseLongerEachTimeUpToTheLongestPause() {
        List<Duration> pauses = new ArrayList<>();
        IdempotentConsumer patient = new IdempotentConsumer(transactions.dataSource(), config(5), transactions,
                pauses::add);

        assertThatThrownBy(() -> patient.handle(CONSUMER, payload(event()), e -> {
            throw new IllegalStateException("never applies");
        })).hasMessage("never applies");

        assertThat(pauses).containsExactly(ms(1), ms(2), ms(4), ms(4));
    }

    @Test
    void aRetryInterruptedByShutdownStopsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> consumer.handle(CONSUMER, payload(event()), e -> {
                throw new IllegalStateException("fails, so the consumer pauses before retrying");
            })).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(counter()).isZero();
    }

    @Test
    void aPayloadThatIsNotAnEventIsRethrownAndAnUnknownTypeSkipped() {
        assertThatThrownBy(() -> consumer.handle(CONSUMER, "{\"not\": \"an event\"", this::count))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThat(deadLettered).containsExactly(CONSUMER);
        String unknown = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"SomethingNew\",\"occurredAt\":\""
                + Instant.now() + "\",\"patientId\":\"" + UUID.randomUUID() + "\"}";
        assertThat(consumer.handle(CONSUMER, unknown, this::count)).isFalse();
        assertThat(deadLettered).as("an unknown type is skipped, not dead-lettered").containsExactly(CONSUMER);
        assertThat(counter()).isZero();
        assertThat(processedMarks()).isZero();
    }

    @Test
    void twoConsumersOfOneEventEachApplyItOnce() {
        String event = payload(event());

        assertThat(consumer.handle(CONSUMER, event, this::count)).isTrue();
        assertThat(consumer.handle("another-consumer", event, this::count)).isTrue();
        assertThat(consumer.handle("another-consumer", event, this::count)).isFalse();

        assertThat(counter()).isEqualTo(2);
    }

    // --- the handler and what it leaves -----------------------------------------------------------------------

    /** The non-idempotent effect: one more on the counter and one more row, in the consumer's transaction. */
    private void count(TelerehabEvent event) {
        try (Connection c = transactions.dataSource().getConnection();
             PreparedStatement add = c.prepareStatement("UPDATE counter SET n = n + 1");
             PreparedStatement row = c.prepareStatement("INSERT INTO applied VALUES (?)")) {
            add.executeUpdate();
            row.setObject(1, event.eventId());
            row.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long counter() {
        return KitDatabase.count(database, "SELECT n FROM counter");
    }

    private long processedMarks() {
        return KitDatabase.count(database, "SELECT count(*) FROM processed_event");
    }

    /** Waits until another session of this database waits for a lock (the second delivery on the first's row). */
    private void awaitABlockedStatement(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline) && KitDatabase.count(database, "SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0) {
            sleep(20);
        }
    }

    private static MessagingConfig.Consumer config(int maxAttempts) {
        return new MessagingConfig.Consumer() {
            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(1);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMillis(4);
            }
        };
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static TelerehabEvent event() {
        return new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID());
    }

    private static String payload(TelerehabEvent event) {
        return EventCodec.encode(event);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
