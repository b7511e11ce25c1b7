package org.telerehab.engagement.domain;

import java.time.LocalTime;

/**
 * How a patient wants to be reminded.
 *
 * @param email        whether reminders go by e-mail too (on by default)
 * @param reminderTime the patient's local time of the day's session and re-assessment reminders (18:00 by default)
 * @param workHours    the hours micro-breaks fall in, or null: no work hours, no micro-breaks
 */
public record NotificationPreferences(boolean email, LocalTime reminderTime, WorkHours workHours) {

    /** 18:00: after a working day, before the evening's quiet hours. */
    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(18, 0);
    /** What a patient who never set anything gets. */
    public static final NotificationPreferences DEFAULT =
            new NotificationPreferences(true, DEFAULT_REMINDER_TIME, null);

    /**
     * The patient's working day, within one calendar day (a night shift over midnight is not supported: micro-breaks
     * are a working-day habit).
     *
     * @param from when work starts
     * @param to   when it ends, after {@code from}
     */
    public record WorkHours(LocalTime from, LocalTime to) {

        public WorkHours {
            if (from == null) {
                throw new InvalidPreferencesException("workHours.from", "must be given with workHours.to");
            }
            if (to == null) {
                throw new InvalidPreferencesException("workHours.to", "must be given with workHours.from");
            }
            if (!from.isBefore(to)) {
                throw new InvalidPreferencesException("workHours", "must end after they start (" + from + "-" + to
                        + ")");
            }
        }
    }

    public NotificationPreferences {
        if (reminderTime == null) {
            throw new InvalidPreferencesException("reminderTime", "must be given");
        }
    }

    /**
     * Preferences as the API sends them: a missing {@code email} or {@code reminderTime} takes its default, no work
     * hours at all means none; one end of the work hours without the other is refused naming the missing one.
     */
    public static NotificationPreferences of(Boolean email, LocalTime reminderTime, LocalTime workFrom,
                                             LocalTime workTo) {
        WorkHours work = workFrom == null && workTo == null ? null : new WorkHours(workFrom, workTo);
        return new NotificationPreferences(email == null || email,
                reminderTime == null ? DEFAULT_REMINDER_TIME : reminderTime, work);
    }
}
