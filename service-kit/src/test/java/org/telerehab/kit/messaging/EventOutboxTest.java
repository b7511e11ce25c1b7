package org.telerehab.kit.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing an event writes its outbox row in the caller's transaction and wakes the relay once it commits. */
class EventOutboxTest {

    private final DataSource database = KitDatabase.migrated("event_outbox");
    private final List<Synchronization> registered = new ArrayList<>();
    private final AtomicInteger wakeUps = new AtomicInteger();

    @Test
    void theEventIsWrittenToTheOutboxAndTheRelayWokenOnlyWhenTheTransactionCommits() {
        EventOutbox outbox = new EventOutbox(database, transactions(), relay());
        PatientTakenIntoCare event = new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID());

        outbox.publish(event);

        assertThat(KitDatabase.count(database, "SELECT count(*) FROM outbox_event WHERE id = '" + event.eventId()
                + "' AND event_key = '" + event.patientId() + "' AND published_at IS NULL")).isEqualTo(1);
        assertThat(registered).hasSize(1);
        registered.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertThat(wakeUps).as("a rolled back transaction has nothing to publish").hasValue(0);
        registered.get(0).afterCompletion(Status.STATUS_COMMITTED);
        assertThat(wakeUps).hasValue(1);
    }

    private OutboxRelayService relay() {
        return new OutboxRelayService(database, RelaySettings.withPollInterval(Duration.ofSeconds(1)),
                new SimpleMeterRegistry(), Map.of(), "kit-test") {
            @Override
            public void wakeUp() {
                wakeUps.incrementAndGet();
            }
        };
    }

    private TransactionSynchronizationRegistry transactions() {
        return new TransactionSynchronizationRegistry() {
            @Override
            public void registerInterposedSynchronization(Synchronization sync) {
                registered.add(sync);
            }

            @Override
            public Object getTransactionKey() {
                return "tx";
            }

            @Override
            public void putResource(Object key, Object value) {
            }

            @Override
            public Object getResource(Object key) {
                return null;
            }

            @Override
            public int getTransactionStatus() {
                return Status.STATUS_ACTIVE;
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public boolean getRollbackOnly() {
                return false;
            }
        };
    }
}
