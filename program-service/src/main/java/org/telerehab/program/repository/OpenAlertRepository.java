package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.OpenAlert;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** progress-service's alerts that are still open, as program learns them from events. */
@ApplicationScoped
public class OpenAlertRepository implements PanacheRepositoryBase<OpenAlert, UUID> {

    public List<OpenAlert> openOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return list("patientId in ?1", Sort.ascending("raisedAt"), patientIds);
    }
}
