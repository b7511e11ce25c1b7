package org.telerehab.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation under way, which reserves its email: it ends with a profile (and is deleted in the same transaction)
 * or with everything it made undone. {@code accountId} is known once Keycloak made the account.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public String email;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    public static Invitation started(String email, Instant at) {
        Invitation invitation = new Invitation();
        invitation.email = email;
        invitation.startedAt = at;
        return invitation;
    }
}
