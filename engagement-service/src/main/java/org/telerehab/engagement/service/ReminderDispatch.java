package org.telerehab.engagement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.DoneAlready;
import org.telerehab.engagement.domain.DueReminders;
import org.telerehab.engagement.domain.PatientRhythm;
import org.telerehab.engagement.domain.PlannedReminder;
import org.telerehab.engagement.repository.PatientRhythmRepository;
import org.telerehab.engagement.repository.ReminderRepository;
import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the reminders that are due: each claimed row is decided (SENT with its notification, or SKIPPED) in the
 * transaction that writes the notification, so a slot is told exactly once whatever crashes or however many replicas
 * run; a crash before the commit leaves the row PENDING for the next turn.
 */
@ApplicationScoped
public class ReminderDispatch {

    private final ReminderRepository reminders;
    private final PatientRhythmRepository rhythms;
    private final NotificationService notifications;
    private final AlertDigests digests;
    private final EngagementConfig config;

    ReminderDispatch(ReminderRepository reminders, PatientRhythmRepository rhythms,
                     NotificationService notifications, AlertDigests digests, EngagementConfig config) {
        this.reminders = reminders;
        this.rhythms = rhythms;
        this.notifications = notifications;
        this.digests = digests;
        this.config = config;
    }

    /** Decides every reminder due by {@code now}; how many were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> sendBatch(now));
            sent += batch[1];
        } while (batch[0] == config.batchSize());
        return sent;
    }

    /** {claimed, sent} of one batch. */
    private int[] sendBatch(Instant now) {
        List<PlannedReminder> due = reminders.claimDue(now, config.batchSize());
        Map<UUID, PatientRhythm> patients = rhythms.byId(due.stream().map(r -> r.personId).toList());
        DueReminders late = config.dueReminders();
        int sent = 0;
        for (PlannedReminder reminder : due) {
            reminder.decidedAt = now;
            if (reminder.kind == NotificationKind.ALERT_DIGEST) {
                // a therapist's: sent when a patient in their care still has an open alert
                sent += decide(reminder, digests.hasOpenAlerts(reminder.personId), null, now);
                continue;
            }
            PatientRhythm rhythm = patients.get(reminder.personId);
            // the plan may have been paused, replaced or completed since this was planned: checked again now
            if (rhythm == null || !rhythm.remindable()
                    || late.decide(reminder.reminder(), now, rhythm.days()) != DueReminders.Decision.SEND
                    || DoneAlready.done(reminder.reminder(), rhythm.lastSessionAt, rhythm.days())) {
                reminder.state = PlannedReminder.State.SKIPPED;
                continue;
            }
            sent += decide(reminder, true, reminder.personId, now);
        }
        return new int[] {due.size(), sent};
    }

    /** Sends the reminder (1) or skips it (0). */
    private int decide(PlannedReminder reminder, boolean send, UUID aboutPatient, Instant now) {
        if (!send) {
            reminder.state = PlannedReminder.State.SKIPPED;
            return 0;
        }
        reminder.notificationId = notifications.notify(reminder.personId,
                reminder.kind, aboutPatient, now).id;
        reminder.state = PlannedReminder.State.SENT;
        return 1;
    }
}
