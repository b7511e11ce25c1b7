package org.telerehab.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** A person's stored {@link NotificationPreferences}; a person without a row has the defaults. */
@Entity
@Table(name = "notification_preferences")
public class NotificationSettings {

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(nullable = false)
    public boolean email;

    @Column(name = "reminder_time", nullable = false)
    public LocalTime reminderTime;

    @Column(name = "work_from")
    public LocalTime workFrom;

    @Column(name = "work_to")
    public LocalTime workTo;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public NotificationPreferences preferences() {
        return NotificationPreferences.of(email, reminderTime, workFrom, workTo);
    }

    public void set(NotificationPreferences preferences, Instant at) {
        email = preferences.email();
        reminderTime = preferences.reminderTime();
        workFrom = preferences.workHours() == null ? null : preferences.workHours().from();
        workTo = preferences.workHours() == null ? null : preferences.workHours().to();
        updatedAt = at;
    }
}
