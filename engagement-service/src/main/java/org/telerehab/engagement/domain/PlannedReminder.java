package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A {@link Reminder} planned for a person, waiting to be sent (PENDING), sent or skipped. */
@Entity
@Table(name = "reminder")
public class PlannedReminder {

    public enum State { PENDING, SENT, SKIPPED }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(nullable = false)
    public String slot;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "notification_id")
    public UUID notificationId;

    public Reminder reminder() {
        return new Reminder(kind, slot, dueAt);
    }
}
