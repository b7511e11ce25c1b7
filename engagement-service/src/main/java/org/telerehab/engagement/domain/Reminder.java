package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;

/**
 * One notification to send.
 *
 * @param kind  what it is about
 * @param slot  a stable key of what it reminds of, e.g. {@code SESSION_DUE:2026-12-07},
 *              {@code MICRO_BREAK:2026-12-07T11:00} or {@code NOTHING_LOGGED:2026-12-01T18:00:00Z}: the same day,
 *              break or gap always gets the same slot, whatever time it is planned at, so the service sends each
 *              slot of a patient at most once (a changed reminder time or a plan planned twice sends nothing twice)
 * @param dueAt when to send it, already out of quiet hours
 */
public record Reminder(NotificationKind kind, String slot, Instant dueAt) {

    public Reminder {
        if (kind == null || slot == null || slot.isBlank() || dueAt == null) {
            throw new IllegalArgumentException("kind, slot and dueAt must be given");
        }
    }

    /** A reminder whose slot is its kind and {@code key}. */
    static Reminder of(NotificationKind kind, Object key, Instant dueAt) {
        return new Reminder(kind, kind.name() + ":" + key, dueAt);
    }
}
