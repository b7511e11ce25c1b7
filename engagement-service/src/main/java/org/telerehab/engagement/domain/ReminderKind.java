package org.telerehab.engagement.domain;

/**
 * What a notification is about. The first four are planned for patients by {@link ReminderPlanner}; the last three
 * are sent by the service when something happens, never planned ahead. The names are the contract's
 * {@code NotificationKind} (events), in the same order: a reminder becomes a notification by its kind's name.
 */
public enum ReminderKind {
    /** A day the plan asks for a session ({@code WeeklySessions}). */
    SESSION_DUE,
    /** A short break every few minutes of the patient's work hours (S8: short sessions every couple of hours). */
    MICRO_BREAK,
    /** Nothing logged for 48 hours. */
    NOTHING_LOGGED,
    /** The first day of a re-assessment week ({@code ReassessmentSchedule}). */
    REASSESSMENT_DUE,
    /** Either side: the other wrote in their thread. */
    NEW_MESSAGE,
    /** A therapist: a patient reported a red flag. Never held by quiet hours, never dropped as stale. */
    RED_FLAG_ALERT,
    /** A therapist: the day's open alerts. */
    ALERT_DIGEST
}
