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
    private final EngagementConfig config;

    ReminderDispatch(ReminderRepository reminders, PatientRhythmRepository rhythms,
                     NotificationService notifications, EngagementConfig config) {
        this.reminders = reminders;
        this.rhythms = rhythms;
        this.notifications = notifications;
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
        Map<java.util.UUID, PatientRhythm> patients = rhythms.byId(due.stream().map(r -> r.personId).toList());
        DueReminders late = config.dueReminders();
        int sent = 0;
        for (PlannedReminder reminder : due) {
            PatientRhythm rhythm = patients.get(reminder.personId);
            reminder.decidedAt = now;
            // the plan may have been paused, replaced or completed since this was planned: checked again now
            if (rhythm == null || !rhythm.remindable()
                    || late.decide(reminder.reminder(), now, rhythm.days()) != DueReminders.Decision.SEND
                    || DoneAlready.done(reminder.reminder(), rhythm.lastSessionAt, rhythm.days())) {
                reminder.state = PlannedReminder.State.SKIPPED;
                continue;
            }
            reminder.notificationId = notifications.notify(reminder.personId,
                    NotificationKind.valueOf(reminder.kind.name()), reminder.personId, now).id;
            reminder.state = PlannedReminder.State.SENT;
            sent++;
        }
        return new int[] {due.size(), sent};
    }
}
