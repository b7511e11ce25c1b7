package org.telerehab.program.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the escalation of emergency red flags nobody acted on ({@link RedFlagService#escalateUnacted()}). Safe on every
 * replica at once: the check locks the reports it escalates and skips those another replica holds.
 */
@ApplicationScoped
public class RedFlagEscalation {

    private static final Logger LOG = Logger.getLogger(RedFlagEscalation.class);

    private final RedFlagService redFlags;

    RedFlagEscalation(RedFlagService redFlags) {
        this.redFlags = redFlags;
    }

    @Scheduled(every = "${telerehab.program.red-flags.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int escalated = redFlags.escalateUnacted();
        if (escalated > 0) {
            LOG.warnf("escalated %d emergency red-flag report(s) to the clinic's admins", escalated);
        }
    }
}
