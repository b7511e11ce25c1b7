package org.telerehab.engagement.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.telerehab.engagement.domain.NotificationPreferences;

import java.time.LocalTime;

/**
 * {@code {email, reminderTime: "HH:mm", workHours: {from, to} | null}}, in the person's own time zone (contract 1.1).
 * A field left out takes its default: email on, 18:00, no work hours.
 */
public record PreferencesDto(Boolean email, @JsonFormat(pattern = "HH:mm") LocalTime reminderTime,
                             WorkHours workHours) {

    public record WorkHours(@JsonFormat(pattern = "HH:mm") LocalTime from,
                            @JsonFormat(pattern = "HH:mm") LocalTime to) {
    }

    static PreferencesDto of(NotificationPreferences p) {
        return new PreferencesDto(p.email(), p.reminderTime(), p.workHours() == null ? null
                : new WorkHours(p.workHours().from(), p.workHours().to()));
    }

    NotificationPreferences toPreferences() {
        return NotificationPreferences.of(email, reminderTime, workHours == null ? null : workHours.from(),
                workHours == null ? null : workHours.to());
    }
}
