package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.domain.NotificationPreferences;
import org.telerehab.engagement.domain.NotificationSettings;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class NotificationSettingsRepository implements PanacheRepositoryBase<NotificationSettings, UUID> {

    /** The person's preferences; the defaults when they never set any. */
    public NotificationPreferences preferencesOf(UUID personId) {
        return findByIdOptional(personId).map(NotificationSettings::preferences)
                .orElse(NotificationPreferences.DEFAULT);
    }

    /** The preferences of each of these people (the defaults for those without a row). */
    public Map<UUID, NotificationPreferences> preferencesOf(Collection<UUID> personIds) {
        Map<UUID, NotificationPreferences> preferences = new HashMap<>();
        personIds.forEach(id -> preferences.put(id, NotificationPreferences.DEFAULT));
        if (!personIds.isEmpty()) {
            list("personId IN ?1", personIds).forEach(s -> preferences.put(s.personId, s.preferences()));
        }
        return preferences;
    }
}
