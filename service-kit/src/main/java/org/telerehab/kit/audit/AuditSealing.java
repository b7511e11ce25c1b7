package org.telerehab.kit.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Seals the audit trail into its hash chain in the background, on every replica (one at a time: the store takes a
 * lock), logs the chain's head after each sealing (a copy outside the database that a rewritten chain will not match),
 * and once a day purges what is past the retention.
 */
@ApplicationScoped
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger("telerehab.audit");
    private static final Duration PURGE_EVERY = Duration.ofDays(1);
    private static final int VERIFY_PAGE = 10_000;

    private final DataSource dataSource;
    private final AuditConfig config;
    private final AuditStore store = new AuditStore();
    private ScheduledExecutorService executor;
    private Instant nextPurge = Instant.now();

    AuditSealing(AgroalDataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent ignored) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "audit-sealing");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.sealEvery().toMillis();
        executor.scheduleWithFixedDelay(this::sealAndPurge, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** Seals everything committed so far; returns how many records it sealed. */
    public int sealNow() throws SQLException {
        int total = 0;
        int sealed;
        try (Connection connection = dataSource.getConnection()) {
            do {
                sealed = store.sealBatch(connection, config.sealBatchSize());
                total += sealed;
            } while (sealed == config.sealBatchSize());
        }
        return total;
    }

    /** Verifies the whole remaining chain. */
    public AuditChain.Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return store.verify(connection, VERIFY_PAGE);
        }
    }

    public long unsealed() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return store.countUnsealed(connection);
        }
    }

    private void sealAndPurge() {
        try {
            if (sealNow() > 0) {
                try (Connection connection = dataSource.getConnection()) {
                    AuditStore.Head head = store.head(connection);
                    LOG.infof("audit chain head seq=%d hash=%s", head.seq(), head.hash());
                }
            }
            if (Instant.now().isAfter(nextPurge)) {
                try (Connection connection = dataSource.getConnection()) {
                    long purged = store.purge(connection, config.retention());
                    if (purged > 0) {
                        LOG.infof("audit: purged %d records older than %s", purged, config.retention());
                    }
                }
                nextPurge = Instant.now().plus(PURGE_EVERY);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("audit sealing: %s; trying again in %s", e.getMessage(), config.sealEvery());
        }
    }
}
