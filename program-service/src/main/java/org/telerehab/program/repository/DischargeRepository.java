package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.Discharge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DischargeRepository implements PanacheRepositoryBase<Discharge, UUID> {

    /** When the patient was last discharged, if ever. */
    public Optional<Instant> lastDischargedAt(UUID patientId) {
        return find("patientId", Sort.descending("dischargedAt"), patientId).firstResultOptional()
                .map(d -> d.dischargedAt);
    }
}
