package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.domain.Notification;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.engagement.repository.CareRelationRepository;
import org.telerehab.engagement.repository.NotificationRepository;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.kit.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The notifications people are told of in the portal, and the reading of them. */
@ApplicationScoped
public class NotificationService {

    /** The most one answer lists: the newest. */
    public static final int PAGE = 50;

    private final NotificationRepository notifications;
    private final CareRelationRepository care;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CareRelationRepository care, Clock clock) {
        this.notifications = notifications;
        this.care = care;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification notify(UUID personId, NotificationKind kind, UUID aboutPatientId) {
        Notification n = Notification.of(personId, kind, aboutPatientId, clock.instant());
        notifications.persist(n);
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
