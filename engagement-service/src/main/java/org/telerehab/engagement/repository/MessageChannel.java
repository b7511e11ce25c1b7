package org.telerehab.engagement.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Tells every replica that a message was written, through PostgreSQL's NOTIFY: announced in the transaction that
 * writes the message, it reaches each replica's listener (this one's too) only once that transaction has committed,
 * and never if it rolls back. The payload is ids only (the message and the caring therapist), never its text.
 * Each replica listens on one connection of its pool, held for as long as it runs, on a thread of its own (a
 * PostgreSQL LISTEN/NOTIFY channel, hence the name: the repository layer's one class that is not a Panache
 * repository of an entity).
 */
@ApplicationScoped
public class MessageChannel {

    static final String CHANNEL = "telerehab_message_written";
    private static final Logger LOG = Logger.getLogger(MessageChannel.class);
    private static final int WAIT_MILLIS = 1000;

    private final EntityManager entities;
    private final AgroalDataSource dataSource;
    private volatile BiConsumer<UUID, UUID> listener = (message, carer) -> { };
    private volatile boolean running;
    private Thread thread;

    MessageChannel(EntityManager entities, AgroalDataSource dataSource) {
        this.entities = entities;
        this.dataSource = dataSource;
    }

    /** Announces the message to every replica once the current transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(UUID messageId, UUID carer) {
        entities.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL).setParameter(2, messageId + (carer == null ? "" : ":" + carer))
                .getSingleResult();
    }

    /** Who is told of each committed message: (message id, the carer when it was written or null). */
    public void onAnnounced(BiConsumer<UUID, UUID> listener) {
        this.listener = listener;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "message-announcements");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Listens while the service runs; a lost connection is opened again after a second. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    // messages written meanwhile reach open streams late: the portal re-reads a thread on reconnect
                    LOG.warnf("listening for written messages failed (%s); listening again in 1 s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            String[] ids = payload.split(":");
            listener.accept(UUID.fromString(ids[0]), ids.length > 1 ? UUID.fromString(ids[1]) : null);
        } catch (RuntimeException e) {
            LOG.warnf(e, "a written message's announcement could not be delivered to the streams (%s)", payload);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
