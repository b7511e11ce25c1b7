package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.Clearance;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClearanceRepository implements PanacheRepositoryBase<Clearance, UUID> {

    public Optional<Clearance> latestOf(UUID patientId) {
        return find("patientId", Sort.descending("clearedAt"), patientId).firstResultOptional();
    }
}
