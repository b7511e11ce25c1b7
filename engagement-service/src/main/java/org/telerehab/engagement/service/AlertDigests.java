package org.telerehab.engagement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.Reminder;
import org.telerehab.engagement.repository.OpenAlertRepository;
import org.telerehab.engagement.repository.ReminderRepository;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;

import java.time.Instant;
import java.util.UUID;

/** The therapists' daily digest of their patients' open alerts (DigestSchedule), planned as reminder rows. */
@ApplicationScoped
public class AlertDigests {

    private final OpenAlertRepository alerts;
    private final ReminderRepository reminders;
    private final EngagementConfig config;

    AlertDigests(OpenAlertRepository alerts, ReminderRepository reminders, EngagementConfig config) {
        this.alerts = alerts;
        this.reminders = reminders;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AlertRaised raised) {
        alerts.apply(raised);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AlertResolved resolved) {
        alerts.apply(resolved);
    }

    /** Plans the next digest for every therapist with an open alert in their care now; how many were added. */
    public int planDue(Instant now) {
        Reminder next = config.digestSchedule().next(now);
        return QuarkusTransaction.requiringNew().call(() -> reminders.planDigests(next.slot(), next.dueAt()));
    }

    /** Whether the therapist's digest still has something to say when it is due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasOpenAlerts(UUID therapistId) {
        return alerts.anyFor(therapistId);
    }
}
