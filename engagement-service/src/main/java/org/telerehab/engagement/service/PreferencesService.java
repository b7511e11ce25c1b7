package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.NotificationPreferences;
import org.telerehab.engagement.domain.NotificationSettings;
import org.telerehab.engagement.repository.NotificationSettingsRepository;

import java.time.Clock;
import java.util.UUID;

/** A person's own notification preferences; a change re-plans their pending reminders. */
@ApplicationScoped
public class PreferencesService {

    private final NotificationSettingsRepository settings;
    private final RhythmProjection rhythms;
    private final Clock clock;

    PreferencesService(NotificationSettingsRepository settings, RhythmProjection rhythms, Clock clock) {
        this.settings = settings;
        this.rhythms = rhythms;
        this.clock = clock;
    }

    @Transactional
    public NotificationPreferences of(UUID personId) {
        return settings.preferencesOf(personId);
    }

    @Transactional
    public NotificationPreferences set(UUID personId, NotificationPreferences preferences) {
        NotificationSettings row = settings.findByIdOptional(personId).orElseGet(() -> {
            NotificationSettings created = new NotificationSettings();
            created.personId = personId;
            return created;
        });
        row.set(preferences, clock.instant());
        settings.persist(row);
        rhythms.preferencesChanged(personId);
        return row.preferences();
    }
}
