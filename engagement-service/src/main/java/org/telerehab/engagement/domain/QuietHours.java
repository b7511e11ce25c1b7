package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The clinic's hours in which no patient is woken by a reminder, in the patient's own local time; 21:00-08:00 unless
 * the clinic sets others. The hours run from {@code from} (inclusive) to {@code to} (exclusive) and may wrap
 * midnight: 21:00 is quiet, 08:00 is not.
 *
 * <p>A reminder falling inside is held until the hours end when it is still worth having late (a session, a
 * re-assessment, the 48-hour nudge), and dropped when it is not (a micro-break is about that moment of the working
 * day). A red-flag alert to a therapist is never held: safety does not wait for the morning.
 *
 * @param from when the quiet hours start
 * @param to   when they end; not equal to {@code from} (that would say neither "never" nor "always" clearly)
 */
public record QuietHours(LocalTime from, LocalTime to) {

    /** 21:00-08:00. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    public QuietHours {
        if (from == null || to == null) {
            throw new IllegalArgumentException("quiet hours need a start and an end");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times, both were " + from);
        }
    }

    /** Whether the hours wrap midnight (21:00-08:00 does, 01:00-06:00 does not). */
    public boolean wrapsMidnight() {
        return from.isAfter(to);
    }

    /** Whether a local time is quiet. */
    public boolean contains(LocalTime time) {
        if (wrapsMidnight()) {
            return !time.isBefore(from) || time.isBefore(to);
        }
        return !time.isBefore(from) && time.isBefore(to);
    }

    /**
     * Where a reminder planned at {@code planned} (the patient's local date, time and zone) is delivered: unchanged
     * outside quiet hours; inside, at their end (the next morning for the evening part of hours that wrap midnight)
     * for the kinds still worth having late; empty for {@link NotificationKind#MICRO_BREAK}, which is dropped. An end
     * that does not exist that day (a clock moved forward) is the next valid instant.
     */
    public Optional<ZonedDateTime> place(NotificationKind kind, ZonedDateTime planned) {
        if (kind == null || planned == null) {
            throw new IllegalArgumentException("kind and planned must be given");
        }
        LocalTime time = planned.toLocalTime();
        if (!contains(time) || kind == NotificationKind.RED_FLAG_ALERT) {
            return Optional.of(planned);
        }
        if (kind == NotificationKind.MICRO_BREAK) {
            return Optional.empty();
        }
        var endDay = wrapsMidnight() && !time.isBefore(from) ? planned.toLocalDate().plusDays(1)
                : planned.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDay, to, planned.getZone()));
    }
}
