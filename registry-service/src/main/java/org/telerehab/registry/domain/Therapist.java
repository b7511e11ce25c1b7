package org.telerehab.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A therapist's profile; {@code id} is their account's id in Keycloak. */
@Entity
@Table(name = "therapist")
public class Therapist {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(nullable = false)
    public String email;

    @Column(name = "invited_by", nullable = false)
    public UUID invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    public static Therapist invited(UUID accountId, TherapistDetails details, UUID invitedBy, Instant at) {
        Therapist therapist = new Therapist();
        therapist.id = accountId;
        therapist.givenName = details.givenName();
        therapist.familyName = details.familyName();
        therapist.email = details.email();
        therapist.invitedBy = invitedBy;
        therapist.invitedAt = at;
        return therapist;
    }
}
