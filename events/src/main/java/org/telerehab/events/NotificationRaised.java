package org.telerehab.events;

import org.telerehab.events.codes.NotificationKind;

import java.time.Instant;
import java.util.UUID;

/**
 * engagement-service (added in 1.1): a person who wants email was told something in the portal. registry-service,
 * the only home of email addresses, mails them a short sentence in their language and a link to the portal: never
 * what the notification is about beyond its kind, never health data. Keyed by the person (patient or therapist).
 *
 * @param personId       who is told: a patient's or a therapist's id
 * @param notificationId the notification in engagement-service (one mail per notification, however often delivered)
 * @param kind           what it is about, a code the mail words
 */
@EventType(NotificationRaised.TYPE)
public record NotificationRaised(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID notificationId,
        NotificationKind kind) implements TelerehabEvent {

    public static final String TYPE = "NotificationRaised";

    @Override
    public UUID key() {
        return personId;
    }

    @Override
    public String topic() {
        return Topics.ENGAGEMENT_NOTIFICATIONS;
    }
}
