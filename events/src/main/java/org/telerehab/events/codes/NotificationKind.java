package org.telerehab.events.codes;

/**
 * What a notification of engagement-service is about (the contract's kinds, version 1.1): a code, so that an event
 * announcing one ({@link org.telerehab.events.NotificationRaised}) carries no words.
 */
public enum NotificationKind {
    /** A patient: a session of the plan is due today. */
    SESSION_DUE,
    /** A patient: a micro-break within their working hours (the plan's rhythm). */
    MICRO_BREAK,
    /** A patient: nothing logged for 48 hours. */
    NOTHING_LOGGED,
    /** A patient: a re-assessment of the plan's week is due. */
    REASSESSMENT_DUE,
    /** Either side: the other wrote in their thread. */
    NEW_MESSAGE,
    /** A therapist: a patient in their care reported an emergency red flag. */
    RED_FLAG_ALERT,
    /** A therapist: the day's digest of open alerts of their patients. */
    ALERT_DIGEST
}
