package org.telerehab.engagement.domain;

import java.time.Duration;
import java.time.Instant;

import org.telerehab.events.clinical.PatientDays;

/**
 * Whether a reminder is still worth sending when the sender gets to it, so that after downtime patients get what is
 * still useful and not a burst of stale reminders: a micro-break only within 15 minutes of its time, a session or
 * re-assessment reminder on the patient's day it was due, the 48-hour nudge within 12 hours. A late one is skipped,
 * never sent. Therapist notifications (new message, red-flag alert, digest) are never skipped here.
 *
 * @param microBreak    how late a micro-break may still go out (inclusive), 15 minutes by default
 * @param nothingLogged how late the 48-hour nudge may still go out (inclusive), 12 hours by default
 */
public record DueReminders(Duration microBreak, Duration nothingLogged) {

    /** 15 minutes and 12 hours. */
    public static final DueReminders DEFAULT = new DueReminders(Duration.ofMinutes(15), Duration.ofHours(12));

    /** What to do with a reminder now. */
    public enum Decision {
        /** Not due yet. */
        WAIT,
        /** Due and still useful. */
        SEND,
        /** Too late to be useful: never send it. */
        SKIP
    }

    public DueReminders {
        if (microBreak == null || nothingLogged == null || microBreak.isNegative() || nothingLogged.isNegative()) {
            throw new IllegalArgumentException("the windows must be given and not negative");
        }
    }

    /**
     * What to do with {@code reminder} at {@code now}.
     *
     * @param days the patient's days, for the reminders that are good for the rest of their day
     */
    public Decision decide(Reminder reminder, Instant now, PatientDays days) {
        if (reminder == null || now == null || days == null) {
            throw new IllegalArgumentException("reminder, now and days must be given");
        }
        Instant due = reminder.dueAt();
        if (now.isBefore(due)) {
            return Decision.WAIT;
        }
        boolean useful = switch (reminder.kind()) {
            case MICRO_BREAK -> !now.isAfter(due.plus(microBreak));
            case NOTHING_LOGGED -> !now.isAfter(due.plus(nothingLogged));
            case SESSION_DUE, REASSESSMENT_DUE -> days.dayOf(now).equals(days.dayOf(due));
            case NEW_MESSAGE, RED_FLAG_ALERT, ALERT_DIGEST -> true;
        };
        return useful ? Decision.SEND : Decision.SKIP;
    }
}
