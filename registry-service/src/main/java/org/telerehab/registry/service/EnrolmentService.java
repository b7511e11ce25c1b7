package org.telerehab.registry.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.registry.domain.Invitation;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.domain.PatientDetails;
import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.domain.TherapistDetails;
import org.telerehab.registry.repository.CareRelationRepository;
import org.telerehab.registry.repository.InvitationRepository;
import org.telerehab.registry.repository.PatientRepository;
import org.telerehab.registry.repository.TherapistRepository;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * Invitations: an account in Keycloak, a mail with the link that sets its password, and a profile here, all or
 * nothing. Keycloak and the mail server cannot join our transaction, so the steps run in an order that can always be
 * undone: the email is reserved first (a row of its own, committed), then the account is made and mailed, and the
 * profile is written (with its event and the reservation's deletion) in one last transaction. Whatever fails undoes
 * what was made; what cannot be undone at once (Keycloak down) is undone by {@link InvitationSweeper} later.
 */
@ApplicationScoped
public class EnrolmentService {

    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

    private final AccountDirectory accounts;
    private final PatientRepository patients;
    private final TherapistRepository therapists;
    private final InvitationRepository invitations;
    private final CareRelationRepository care;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    EnrolmentService(AccountDirectory accounts, PatientRepository patients, TherapistRepository therapists,
                     InvitationRepository invitations, CareRelationRepository care, EventOutbox outbox, AuditTrail audit,
                     Clock clock) {
        this.accounts = accounts;
        this.patients = patients;
        this.therapists = therapists;
        this.invitations = invitations;
        this.care = care;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites a patient; a therapist who invites takes the patient into care (here at once, for their access to the
     * profile, and in program-service from the event).
     */
    public Patient invitePatient(PatientDetails details, UUID inviter, boolean inviterCares) {
        if (inviterCares && QuarkusTransaction.requiringNew().call(() -> therapists.isDisabled(inviter))) {
            // a token issued before the closure lives a few minutes more: it must not bring a new patient into care
            throw ProblemException.forbidden("Your account is closed");
        }
        Function<UUID, Patient> profile = account -> {
            Patient patient = Patient.invited(account, details, inviter, clock.instant());
            patients.persist(patient);
            if (inviterCares) {
                care.assign(account, inviter, patient.invitedAt);
            }
            outbox.publish(new PatientEnrolled(UUID.randomUUID(), patient.invitedAt, account, patient.locale,
                    patient.timeZone, inviterCares ? inviter : null));
            audit.record("CREATE", "Patient", account, account);
            return patient;
        };
        // the invitation mail in the patient's language
        return invite(details.email(), details.givenName(), details.familyName(), AccountDirectory.PATIENTS,
                details.locale(), profile);
    }

    public Therapist inviteTherapist(TherapistDetails details, UUID inviter) {
        Function<UUID, Therapist> profile = account -> {
            Therapist therapist = Therapist.invited(account, details, inviter, clock.instant());
            therapists.persist(therapist);
            audit.record("CREATE", "Therapist", account, null);
            return therapist;
        };
        // a therapist's profile has no language: the realm's default
        return invite(details.email(), details.givenName(), details.familyName(), AccountDirectory.THERAPISTS, null,
                profile);
    }

    private <T> T invite(String email, String givenName, String familyName, String group, String locale,
                         Function<UUID, T> profile) {
        reserve(email);
        UUID account = null;
        try {
            account = accounts.create(email, givenName, familyName, group, locale);
            UUID made = account;
            QuarkusTransaction.requiringNew().run(() -> invitations.findById(email).accountId = made);
            accounts.sendInvitation(account);
            return QuarkusTransaction.requiringNew().call(() -> {
                T written = profile.apply(made);
                invitations.deleteById(email);
                return written;
            });
        } catch (RuntimeException e) {
            undo(email, account);
            throw e;
        }
    }

    /** 409 when the email is somebody's or its invitation is under way; otherwise it is ours until we finish. */
    private void reserve(String email) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (patients.emailTaken(email) || therapists.emailTaken(email) || invitations.findById(email) != null) {
                throw AccountDirectory.emailTaken();
            }
            invitations.persist(Invitation.started(email, clock.instant()));
            invitations.flush();
        });
    }

    /** Deletes the account (if one was made) and frees the email; if Keycloak cannot be reached, the sweeper will. */
    void undo(String email, UUID account) {
        try {
            if (account != null) {
                accounts.delete(account);
            }
            QuarkusTransaction.requiringNew().run(() -> invitations.deleteById(email));
        } catch (RuntimeException e) {
            LOG.warnf("An invitation could not be undone at once (%s); the sweeper retries", e.getMessage());
        }
    }

    /** Undoes one invitation left unfinished: answers true when it is gone. */
    boolean undoAbandoned(Invitation invitation) {
        try {
            UUID account = invitation.accountId != null ? invitation.accountId
                    : accounts.createdSince(invitation.email, invitation.startedAt).orElse(null);
            if (account != null) {
                accounts.delete(account);
            }
            QuarkusTransaction.requiringNew().run(() -> invitations.deleteById(invitation.email));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("An abandoned invitation is still not undone (%s); retrying later", e.getMessage());
            return false;
        }
    }
}
