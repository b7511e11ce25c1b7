package org.telerehab.engagement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** Every replica, every {@code telerehab.engagement.send-every}: plans what needs planning, then sends what is due. */
@ApplicationScoped
public class ReminderJobs {

    private static final Logger LOG = Logger.getLogger(ReminderJobs.class);

    private final ReminderPlanning planning;
    private final AlertDigests digests;
    private final ReminderDispatch dispatch;
    private final Clock clock;

    ReminderJobs(ReminderPlanning planning, AlertDigests digests, ReminderDispatch dispatch, Clock clock) {
        this.planning = planning;
        this.digests = digests;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @Scheduled(every = "${telerehab.engagement.send-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = clock.instant();
        int planned = planning.planDue(now);
        digests.planDue(now);
        int sent = dispatch.sendDue(now);
        if (planned > 0 || sent > 0) {
            LOG.infof("reminders: %d patients planned, %d reminders sent", planned, sent);
        }
    }
}
