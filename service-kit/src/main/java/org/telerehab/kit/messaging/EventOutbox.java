package org.telerehab.kit.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.telerehab.events.TelerehabEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where services publish events: the row is written in the caller's transaction, so the event exists if and
 * only if the state change it announces was committed. The relay sends it to Kafka after the commit.
 */
@ApplicationScoped
public class EventOutbox {

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelayService relay;
    private final OutboxStore store = new OutboxStore();

    @Inject
    EventOutbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
                OutboxRelayService relay) {
        this((DataSource) dataSource, transactions, relay);
    }

    /** For tests on a plain database. */
    EventOutbox(DataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelayService relay) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(TelerehabEvent event) {
        // inside a JTA transaction Agroal hands out the connection enlisted in it, shared with Hibernate
        try (Connection connection = dataSource.getConnection()) {
            store.append(connection, event);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + event.type() + " to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
