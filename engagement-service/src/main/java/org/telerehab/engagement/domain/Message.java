package org.telerehab.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One message of a patient's thread, written by the patient or by the therapist caring for them then. Its text is
 * health data: it is read through the API (audited) and never leaves engagement-service's database in an event.
 */
@Entity
@Table(name = "message")
public class Message {

    /** Who wrote it, by their role in the thread. */
    public enum AuthorRole {
        PATIENT,
        THERAPIST
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false)
    public AuthorRole authorRole;

    @Column(nullable = false, length = MessageText.MAX)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The id the author's client gave it, so that a retry is not a second message; null: none given. */
    @Column(name = "client_request_id")
    public UUID clientRequestId;

    /** A message of valid text ({@link MessageText#problem} has none), stored normalized. */
    public static Message of(UUID patientId, UUID authorId, AuthorRole role, String typed, Instant at) {
        if (MessageText.problem(typed).isPresent()) {
            throw new IllegalArgumentException("text: " + MessageText.problem(typed).get());
        }
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.patientId = patientId;
        m.authorId = authorId;
        m.authorRole = role;
        m.text = MessageText.normalized(typed);
        m.createdAt = at.truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the cursor compares it
        return m;
    }

    /** Whether a retry with the same client request id asks for this very message (same thread, same text). */
    public boolean sameAs(UUID patientId, String typed) {
        return this.patientId.equals(patientId) && text.equals(MessageText.normalized(typed));
    }

    /** Whom the message is for: the patient when the therapist wrote, the caring therapist when the patient did. */
    public boolean writtenByPatient() {
        return authorRole == AuthorRole.PATIENT;
    }
}
