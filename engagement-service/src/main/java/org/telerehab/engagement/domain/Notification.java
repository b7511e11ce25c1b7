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

/**
 * Something a person is told: a kind and whose record it leads to, never health data in words (the portal words each
 * kind in the reader's language; an email says only that there is something to see).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** The patient whose record it leads to: the reader themself for a patient, one in their care for a therapist. */
    @Column(name = "about_patient_id")
    public UUID aboutPatientId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    public static Notification of(UUID personId, NotificationKind kind, UUID aboutPatientId, Instant at) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.personId = personId;
        n.kind = kind;
        n.aboutPatientId = aboutPatientId;
        n.createdAt = at;
        return n;
    }
}
