package org.telerehab.engagement.domain;

import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;

/**
 * A reminder of something the patient has already done that day is not sent: "time for today's exercises" after
 * today's session was logged only teaches people to ignore reminders.
 */
public final class DoneAlready {

    private DoneAlready() {
    }

    /**
     * Whether {@code reminder} asks for what is done: a session reminder when a session was logged on the patient's
     * day it is due on (before or after its time).
     *
     * @param lastSession the patient's latest session logged, null when none
     */
    public static boolean done(Reminder reminder, Instant lastSession, PatientDays days) {
        return reminder.kind() == NotificationKind.SESSION_DUE && lastSession != null
                && days.dayOf(lastSession).equals(days.dayOf(reminder.dueAt()));
    }
}
