package org.telerehab.registry.service;

import org.telerehab.kit.problem.ProblemException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * People's accounts in the identity provider (Keycloak; the adapter is rest's {@code KeycloakAccounts}, HTTP being
 * rest's business). A failure to reach it is an {@link AccountUnavailableException}.
 */
public interface AccountDirectory {

    /** The group of patients' accounts, which carries the role {@code patient}. */
    String PATIENTS = "/patients";
    /** The group of therapists' accounts, which carries the role {@code therapist}. */
    String THERAPISTS = "/therapists";

    /**
     * Makes an enabled account without a password, in {@code group}; its id is the person's id everywhere.
     *
     * @param locale the language of its mails and pages ({@code en}, {@code es}, {@code fr}, {@code ar}); null: the
     *               realm's default
     * @throws ProblemException 409 when the realm already has an account with this email
     */
    UUID create(String email, String givenName, String familyName, String group, String locale);

    /** Mails the account's owner the link that sets their password. */
    void sendInvitation(UUID account);

    /** Names, email and language as the profile has them. */
    void update(UUID account, String email, String givenName, String familyName, String locale);

    /** Disables the account and ends its sessions: its owner can no longer log in or refresh a token. */
    void disable(UUID account);

    /** Deletes the account; one already gone counts as deleted. */
    void delete(UUID account);

    /** The account with exactly this email made at or after {@code since}, if any (an invitation's, lost mid-way). */
    Optional<UUID> createdSince(String email, Instant since);

    static ProblemException emailTaken() {
        return ProblemException.conflict("email-taken", "Somebody already has an account with this email");
    }
}
