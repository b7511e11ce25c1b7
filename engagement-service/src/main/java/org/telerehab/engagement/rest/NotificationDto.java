package org.telerehab.engagement.rest;

import org.telerehab.engagement.domain.Notification;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.engagement.service.NotificationService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notifications API's bodies (contract 1.1, engagement-service). */
public final class NotificationDto {

    private NotificationDto() {
    }

    /** One notification: a kind and whose record it leads to, never words of health data. */
    public record Item(UUID id, NotificationKind kind, UUID patientId, Instant createdAt, Instant readAt) {

        static Item of(Notification n) {
            return new Item(n.id, n.kind, n.aboutPatientId, n.createdAt, n.readAt);
        }
    }

    /** The caller's newest notifications and how many of all theirs are unread. */
    public record Inbox(List<Item> items, long unread) {

        static Inbox of(NotificationService.Inbox inbox) {
            return new Inbox(inbox.newest().stream().map(Item::of).toList(), inbox.unread());
        }
    }
}
