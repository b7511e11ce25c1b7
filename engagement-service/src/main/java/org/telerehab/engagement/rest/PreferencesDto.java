package org.telerehab.engagement.rest;

import org.telerehab.engagement.domain.InvalidPreferencesException;
import org.telerehab.engagement.domain.NotificationPreferences;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * {@code {email, reminderTime: "HH:mm", workHours: {from, to} | null}}, in the person's own time zone (contract 1.1).
 * A field left out takes its default: email on, 18:00, no work hours. Times are read strictly ("24:00" is refused,
 * not taken for midnight) and a refusal names its field.
 */
public record PreferencesDto(Boolean email, String reminderTime, WorkHours workHours) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    public record WorkHours(String from, String to) {
    }

    static PreferencesDto of(NotificationPreferences p) {
        return new PreferencesDto(p.email(), p.reminderTime().format(HH_MM), p.workHours() == null ? null
                : new WorkHours(p.workHours().from().format(HH_MM), p.workHours().to().format(HH_MM)));
    }

    NotificationPreferences toPreferences() {
        if (workHours != null && workHours.from() == null && workHours.to() == null) {
            throw new InvalidPreferencesException("workHours", "give from and to, or null for no work hours");
        }
        return NotificationPreferences.of(email, time("reminderTime", reminderTime),
                workHours == null ? null : time("workHours.from", workHours.from()),
                workHours == null ? null : time("workHours.to", workHours.to()));
    }

    private static LocalTime time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidPreferencesException(field, "a time of day as HH:mm (00:00-23:59), not " + value);
        }
    }
}
