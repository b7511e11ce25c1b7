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

    /** When an admin closed the account (null: open). */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_by")
    public UUID disabledBy;

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

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /**
     * The account is closed from now on: the therapist no longer logs in, cares for nobody and is nobody's choice for
     * a hand-over.
     *
     * @return false when it was already closed (the first closure is the one kept)
     */
    public boolean disable(UUID admin, Instant at) {
        if (isDisabled()) {
            return false;
        }
        disabledAt = at;
        disabledBy = admin;
        return true;
    }
}
