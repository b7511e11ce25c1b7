package org.telerehab.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.telerehab.kit.problem.ProblemException;

import java.util.UUID;

/** The caller of the current request. Patients and therapists are identified by their token subject. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public UUID id() {
        try {
            return UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            throw ProblemException.forbidden("The token's subject is not a user id");
        }
    }

    public boolean isPatient() {
        return identity.hasRole(Roles.PATIENT);
    }

    public boolean isTherapist() {
        return identity.hasRole(Roles.THERAPIST);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The role that explains this access in the audit trail (the strongest one held). */
    public String auditRole() {
        if (isAdmin()) {
            return Roles.ADMIN;
        }
        return isTherapist() ? Roles.THERAPIST : Roles.PATIENT;
    }
}
