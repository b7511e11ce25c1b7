package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.registry.domain.Invitation;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, String> {

    /** Invitations started before {@code before} and still not finished: left behind by a crash or an outage. */
    public List<Invitation> abandonedBefore(Instant before) {
        return list("startedAt < ?1", before);
    }
}
