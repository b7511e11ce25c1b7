package org.telerehab.registry.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.telerehab.events.TherapistDisabled;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.repository.TherapistRepository;

import java.time.Clock;
import java.util.UUID;

/**
 * Closing a therapist's account when they leave the clinic. The point is clinical safety as much as access: their
 * patients must not wait for a clinician who will not come, so program-service releases them all on
 * {@link TherapistDisabled}, and a released patient's red flags reach the clinic's admins at once.
 */
@ApplicationScoped
public class AccountClosureService {

    private final TherapistRepository therapists;
    private final AccountDirectory accounts;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    AccountClosureService(TherapistRepository therapists, AccountDirectory accounts, EventOutbox outbox,
                          AuditTrail audit, Clock clock) {
        this.therapists = therapists;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Disables the Keycloak account, then marks the profile closed and announces it, all or nothing. Keycloak cannot
     * join our transaction, and a remote call must not run inside one (the REST client's I/O thread would join the
     * JTA context, and a rollback then fails half-way and commits what it should undo). So Keycloak is called first,
     * with no transaction open: if it fails nothing is written here, and if the commit fails after it, asking again
     * finishes the closure (disabling a disabled account changes nothing). Asking for an account already closed
     * answers it as it is.
     */
    public Therapist closeTherapistAccount(UUID therapistId, UUID admin) {
        Therapist found = QuarkusTransaction.requiringNew().call(() -> therapists.findByIdOptional(therapistId)
                .orElseThrow(() -> ProblemException.notFound("Therapist")));
        if (found.isDisabled()) {
            return found;
        }
        accounts.disable(therapistId);
        return QuarkusTransaction.requiringNew().call(() -> {
            // locked: two admins closing the account at once announce it once
            Therapist therapist = therapists.findById(therapistId, LockModeType.PESSIMISTIC_WRITE);
            if (therapist.disable(admin, clock.instant())) {
                outbox.publish(new TherapistDisabled(UUID.randomUUID(), therapist.disabledAt, therapistId));
                audit.record("DISABLE", "Therapist", therapistId, null);
            }
            return therapist;
        });
    }
}
