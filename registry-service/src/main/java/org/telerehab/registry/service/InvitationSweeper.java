package org.telerehab.registry.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.registry.config.RegistryConfig;
import org.telerehab.registry.domain.Invitation;
import org.telerehab.registry.repository.InvitationRepository;

import java.time.Clock;
import java.util.List;

/**
 * Undoes invitations that never finished (the service stopped mid-way, or Keycloak went down after making the
 * account): the account is deleted and the email freed, so that nothing half-made stays in Keycloak. Deleting is
 * idempotent, so two replicas sweeping at once do no harm.
 */
@ApplicationScoped
public class InvitationSweeper {

    private final InvitationRepository invitations;
    private final EnrolmentService enrolment;
    private final RegistryConfig config;
    private final Clock clock;

    InvitationSweeper(InvitationRepository invitations, EnrolmentService enrolment, RegistryConfig config,
                      Clock clock) {
        this.invitations = invitations;
        this.enrolment = enrolment;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${telerehab.registry.invitation.sweep-every:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweepAbandoned();
    }

    /** @return how many abandoned invitations were undone */
    public int sweepAbandoned() {
        List<Invitation> abandoned = QuarkusTransaction.requiringNew().call(() -> invitations.abandonedBefore(
                clock.instant().minus(config.invitationAbandonedAfter())));
        int undone = 0;
        for (Invitation invitation : abandoned) {
            if (enrolment.undoAbandoned(invitation)) {
                undone++;
            }
        }
        return undone;
    }
}
