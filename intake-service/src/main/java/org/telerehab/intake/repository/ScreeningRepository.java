package org.telerehab.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.intake.domain.Screening;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {

    public List<Screening> newestFirstFor(UUID patientId) {
        return list("patientId", Sort.descending("submittedAt").and("id"), patientId);
    }
}
