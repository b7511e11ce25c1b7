package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.Notification;
import org.telerehab.engagement.repository.CareRelationRepository;
import org.telerehab.engagement.repository.NotificationRepository;
import org.telerehab.engagement.repository.NotificationSettingsRepository;
import org.telerehab.events.NotificationRaised;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notifications people are told of in the portal, and the reading of them. */
@ApplicationScoped
public class NotificationService {

    /** The most one answer lists: the newest. */
    public static final int PAGE = 50;

    private final NotificationRepository notifications;
    private final CareRelationRepository care;
    private final NotificationSettingsRepository settings;
    private final EventOutbox outbox;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CareRelationRepository care,
                        NotificationSettingsRepository settings, EventOutbox outbox, Clock clock) {
        this.notifications = notifications;
        this.care = care;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One person's notifications, newest first, and how many are unread. */
    public record Inbox(List<Notification> newest, long unread) {
    }

    @Transactional
    public Inbox inboxOf(UUID personId) {
        return new Inbox(notifications.of(personId, PAGE), notifications.unreadOf(personId));
    }

    /** Marks one of the caller's own notifications read (again: no change); another's is 404. */
    @Transactional
    public Notification markRead(UUID personId, UUID id) {
        Notification n = notifications.ownedBy(personId, id).orElseThrow(() -> ProblemException.notFound(
                "notification"));
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return n;
    }

    /**
     * Tells the person in the portal and, unless they turned email off, announces it for registry-service to mail
     * (in the same transaction: told and mailed, or neither). Micro-breaks are never mailed: every two hours of a
     * working day in an inbox is noise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification notify(UUID personId, NotificationKind kind, UUID aboutPatientId) {
        return notify(personId, kind, aboutPatientId, clock.instant());
    }

    /** As {@link #notify(UUID, NotificationKind, UUID)}, told at {@code at} (the sender's now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification notify(UUID personId, NotificationKind kind, UUID aboutPatientId, Instant at) {
        Notification n = Notification.of(personId, kind, aboutPatientId, at);
        notifications.persist(n);
        if (kind != NotificationKind.MICRO_BREAK && settings.preferencesOf(personId).email()) {
            outbox.publish(new NotificationRaised(UUID.randomUUID(), n.createdAt, personId, n.id, kind));
        }
        return n;
    }

    /**
     * An emergency red flag is told to the caring therapist at once (program-service escalates it when nobody
     * cares for the patient or nobody acts); a review flag waits for the therapist's worklist and digest.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRedFlag(RedFlagReported reported) {
        if (reported.severity() != RedFlag.Severity.EMERGENCY) {
            return;
        }
        care.carerOf(reported.patientId()).ifPresent(therapist ->
                notify(therapist, NotificationKind.RED_FLAG_ALERT, reported.patientId()));
    }
}
