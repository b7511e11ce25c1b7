package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.CareDirectory;
import org.telerehab.kit.care.CareDirectory.CareRelation;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CareService {

    /** The outcome of a request to take a patient into care. */
    public record CareResult(CareRelation relation, boolean created) {
    }

    private final CareDirectory care;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    CareService(CareDirectory care, EventOutbox outbox, AuditTrail audit, Clock clock) {
        this.care = care;
        this.outbox = outbox;
        this.audit = audit;
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
            // a grant of access to the patient's records: the trail says who gave it to whom
            audit.record("TAKE_INTO_CARE", "CareRelation", therapistId, patientId);
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
     * A therapist invited the patient (registry-service): they care for them from the enrolment on, unless the
     * patient is already in somebody's care (an event replayed late changes nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(PatientEnrolled enrolled) {
        if (enrolled.invitedBy() == null) {
            return; // an admin invited: the patient waits in the triage pool
        }
        if (care.assign(enrolled.patientId(), enrolled.invitedBy(), enrolled.occurredAt())) {
            // the grant's audit record is the invitation's, in registry-service's trail (who invited whom, when):
            // here no one acts, an event is applied
            outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), enrolled.occurredAt(), enrolled.patientId(),
                    enrolled.invitedBy()));
        }
    }
}
