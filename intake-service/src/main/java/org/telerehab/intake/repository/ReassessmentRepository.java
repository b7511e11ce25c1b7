package org.telerehab.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.intake.domain.Reassessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReassessmentRepository implements PanacheRepositoryBase<Reassessment, UUID> {

    public List<Reassessment> newestFirstFor(UUID patientId) {
        return list("patientId", Sort.descending("submittedAt").and("id"), patientId);
    }

    public Optional<Reassessment> latestFor(UUID patientId) {
        return find("patientId", Sort.descending("submittedAt").and("id"), patientId).firstResultOptional();
    }
}
