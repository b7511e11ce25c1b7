package org.telerehab.engagement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.config.EngagementConfig;
import org.telerehab.engagement.domain.NotificationPreferences;
import org.telerehab.engagement.domain.PatientRhythm;
import org.telerehab.engagement.domain.Reminder;
import org.telerehab.engagement.domain.ReminderPlanner;
import org.telerehab.engagement.repository.NotificationSettingsRepository;
import org.telerehab.engagement.repository.PatientRhythmRepository;
import org.telerehab.engagement.repository.ReminderRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plans the patients' reminders ahead ({@link ReminderPlanner}) as PENDING rows, a batch of patients per
 * transaction. Safe on every replica at once: a patient being planned is locked and skipped by the others, and a slot
 * is one row however often it is planned.
 */
@ApplicationScoped
public class ReminderPlanning {

    private final PatientRhythmRepository rhythms;
    private final NotificationSettingsRepository settings;
    private final ReminderRepository reminders;
    private final EngagementConfig config;

    ReminderPlanning(PatientRhythmRepository rhythms, NotificationSettingsRepository settings,
                     ReminderRepository reminders, EngagementConfig config) {
        this.rhythms = rhythms;
        this.settings = settings;
        this.reminders = reminders;
        this.config = config;
    }

    /** Plans every patient whose reminders are not planned far enough ahead of {@code now}; how many were planned. */
    public int planDue(Instant now) {
        int planned = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> planBatch(now));
            planned += batch;
        } while (batch == config.batchSize());
        return planned;
    }

    private int planBatch(Instant now) {
        List<PatientRhythm> due = rhythms.toPlan(now.plus(config.replanWithin()), config.batchSize());
        Map<UUID, NotificationPreferences> preferences = settings.preferencesOf(due.stream()
                .map(r -> r.patientId).toList());
        Instant until = now.plus(config.planAhead());
        Map<UUID, List<Reminder>> planned = new HashMap<>();
        for (PatientRhythm rhythm : due) {
            // planned again after a change: from a little before now, so that a reminder due a moment ago (whose
            // row the change forgot) is still sent if it is still useful
            Instant from = rhythm.plannedUntil != null ? rhythm.plannedUntil : now.minus(config.lateMicroBreak());
            planned.put(rhythm.patientId, ReminderPlanner.planBetween(rhythm.schedule(
                    preferences.get(rhythm.patientId)), from, until, config.quietHours()));
        }
        reminders.addPending(planned);
        rhythms.markPlanned(planned.keySet(), until);
        return due.size();
    }
}
