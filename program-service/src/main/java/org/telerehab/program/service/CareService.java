package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.domain.CareAssignment;
import org.telerehab.program.repository.CareAssignmentRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CareService {

    /** The outcome of a request to take a patient into care. */
    public record CareResult(CareAssignment assignment, boolean created) {
    }

    private final CareAssignmentRepository assignments;
    private final EventOutbox outbox;
    private final Clock clock;

    CareService(CareAssignmentRepository assignments, EventOutbox outbox, Clock clock) {
        this.assignments = assignments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the patient into the therapist's care and announces it. Asking again is harmless; a patient already
     * in another therapist's care is not taken over silently.
     */
    @Transactional
    public CareResult takeIntoCare(UUID patientId, UUID therapistId) {
        CareAssignment existing = assignments.findById(patientId);
        if (existing != null) {
            if (existing.isCaredForBy(therapistId)) {
                return new CareResult(existing, false);
            }
            throw ProblemException.conflict("in-another-therapists-care",
                    "This patient is already in another therapist's care");
        }
        Instant now = clock.instant();
        CareAssignment assignment = new CareAssignment(patientId, therapistId, now);
        assignments.persist(assignment);
        outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), now, patientId, therapistId));
        return new CareResult(assignment, true);
    }
}
