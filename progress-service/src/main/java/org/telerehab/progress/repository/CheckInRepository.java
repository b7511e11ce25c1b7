package org.telerehab.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.progress.domain.CheckIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {

    /** Stores the check-in now, so that a second one with the same client request id fails inside the transaction. */
    public void add(CheckIn checkIn) {
        persistAndFlush(checkIn);
    }

    public Optional<CheckIn> byClientRequest(UUID patientId, UUID clientRequestId) {
        return find("patientId = ?1 and clientRequestId = ?2", patientId, clientRequestId).firstResultOptional();
    }

    /** The check-ins dated from {@code from} to {@code to} inclusive, newest first. */
    public List<CheckIn> newestFirst(UUID patientId, LocalDate from, LocalDate to) {
        return list("patientId = ?1 and date >= ?2 and date <= ?3",
                Sort.descending("date").and("createdAt", Sort.Direction.Descending), patientId, from, to);
    }

    /** Every check-in, oldest first: for the FHIR export, which is a full history by nature. */
    public List<CheckIn> historyOf(UUID patientId) {
        return list("patientId", Sort.ascending("date").and("createdAt"), patientId);
    }
}
