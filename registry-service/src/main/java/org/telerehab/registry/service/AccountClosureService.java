package org.telerehab.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
     * Marks the profile closed, announces it and disables the Keycloak account, all or nothing: Keycloak cannot join
     * the transaction, so it is called last, before the commit; if it fails nothing here is written, and if the
     * commit fails after it, asking again finishes the closure (disabling a disabled account changes nothing).
     * Asking for an account already closed answers it as it is.
     */
    @Transactional
    public Therapist closeTherapistAccount(UUID therapistId, UUID admin) {
        Therapist therapist = therapists.findByIdOptional(therapistId)
                .orElseThrow(() -> ProblemException.notFound("Therapist"));
        if (!therapist.disable(admin, clock.instant())) {
            return therapist;
        }
        outbox.publish(new TherapistDisabled(UUID.randomUUID(), therapist.disabledAt, therapistId));
        audit.record("DISABLE", "Therapist", therapistId, null);
        therapists.flush();
        accounts.disable(therapistId);
        return therapist;
    }
}
