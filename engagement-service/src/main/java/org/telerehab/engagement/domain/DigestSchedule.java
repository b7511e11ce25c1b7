package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the therapists' daily digest of open alerts is due: once a day at the clinic's digest time in the clinic's zone
 * (a therapist's own zone is not known to the service). The digest planned now is today's until its time has come,
 * then tomorrow's, so an alert raised in the afternoon waits for the next morning's digest rather than making a second
 * one (an emergency red flag is told at once, apart from the digest).
 *
 * @param zone the clinic's zone
 * @param at   the digest's time of day there
 */
public record DigestSchedule(ZoneId zone, LocalTime at) {

    public DigestSchedule {
        if (zone == null || at == null) {
            throw new IllegalArgumentException("zone and time must be given");
        }
    }

    /** The next digest not yet due at {@code now}: its slot names the clinic's day. */
    public Reminder next(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant dueToday = today.atTime(at).atZone(zone).toInstant();
        LocalDate day = now.isBefore(dueToday) ? today : today.plusDays(1);
        return Reminder.of(NotificationKind.ALERT_DIGEST, day, day.atTime(at).atZone(zone).toInstant());
    }
}
