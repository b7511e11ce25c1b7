package org.telerehab.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A notification of engagement-service that was mailed (ids only: what it said and to whom is not kept here). */
@Entity
@Table(name = "notification_mail")
public class NotificationMail {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
