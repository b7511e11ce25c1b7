package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.care.CareDirectory.CareRelation;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.program.domain.TriageEntry;
import org.telerehab.program.repository.TriageRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CareService {

    /** The outcome of a request to take a patient into care. */
    public record CareResult(CareRelation relation, boolean created) {
    }

    private final CareDirectory care;
    private final TriageRepository triage;
    private final PatientAccess access;
    private final EventOutbox outbox;
    private final Clock clock;

    CareService(CareDirectory care, TriageRepository triage, PatientAccess access, EventOutbox outbox, Clock clock) {
        this.care = care;
        this.triage = triage;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the patient into the therapist's care and announces it. Asking again is harmless; a patient already
     * in another therapist's care is not taken over silently.
     */
    @Transactional
    public CareResult takeIntoCare(UUID patientId, UUID therapistId) {
        Instant now = clock.instant();
        if (care.assign(patientId, therapistId, now)) {
            outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), now, patientId, therapistId));
            return new CareResult(new CareRelation(patientId, therapistId, now), true);
        }
        CareRelation existing = care.relationOf(patientId).orElseThrow();
        if (!existing.therapistId().equals(therapistId)) {
            throw ProblemException.conflict("in-another-therapists-care",
                    "This patient is already in another therapist's care");
        }
        return new CareResult(existing, false);
    }

    /**
     * The caring therapist records that a physician cleared the patient's red flags; plans may be assigned again.
     * The note stays in this service (free text never goes into events).
     */
    @Transactional
    public TriageEntry recordClearance(UUID patientId, UUID therapistId, String note) {
        access.checkIsCaringTherapist(patientId);
        TriageEntry entry = triage.findByIdOptional(patientId)
                .orElseThrow(() -> ProblemException.conflict("nothing-to-clear", "This patient has no screening"));
        if (!entry.clearanceRequired) {
            if (entry.clearedAt != null) {
                return entry; // recorded already: asking again changes nothing
            }
            throw ProblemException.conflict("nothing-to-clear", "This patient has no red flag awaiting clearance");
        }
        entry.clear(therapistId, clock.instant(), note);
        outbox.publish(new ClearanceRecorded(UUID.randomUUID(), entry.clearedAt, patientId, therapistId,
                entry.screeningId));
        return entry;
    }
}
