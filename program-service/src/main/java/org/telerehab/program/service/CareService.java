package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.TherapistDisabled;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.care.PatientAccess;
import org.telerehab.kit.messaging.EventOutbox;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.program.domain.CareRelation;
import org.telerehab.program.domain.DepartedTherapist;
import org.telerehab.program.domain.EnrolledPatient;
import org.telerehab.program.repository.CareRelationRepository;
import org.telerehab.program.repository.DepartedTherapistRepository;
import org.telerehab.program.repository.EnrolledPatientRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CareService {

    /** The outcome of a request to take a patient into care. */
    public record CareResult(CareRelation relation, boolean created) {
    }

    private final CareRelationRepository care;
    private final EnrolledPatientRepository enrolments;
    private final DepartedTherapistRepository departures;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CareService(CareRelationRepository care, EnrolledPatientRepository enrolments, DepartedTherapistRepository departures,
                EventOutbox outbox, AuditTrail audit, PatientAccess access, CurrentUser currentUser, Clock clock) {
        this.care = care;
        this.enrolments = enrolments;
        this.departures = departures;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Takes the patient into the therapist's care and announces it. Asking again is harmless; a patient already
     * in another therapist's care is not taken over silently. Only a patient the clinic knows (enrolled or screened):
     * a mistyped id must not open a care relation, and later its access, for somebody who does not exist.
     */
    @Transactional
    public CareResult takeIntoCare(UUID patientId, UUID therapistId) {
        if (!enrolments.isKnown(patientId)) {
            throw ProblemException.notFound("A patient enrolled or screened with this id");
        }
        if (departures.hasLeftLocked(therapistId)) {
            // a token issued before the closure lives a few minutes more: it must not open a new care relation
            throw ProblemException.forbidden("Your account is closed");
        }
        Instant now = clock.instant();
        if (care.assign(patientId, therapistId, now)) {
            outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), now, patientId, therapistId));
            // a grant of access to the patient's records: the trail says who gave it to whom
            audit.record("TAKE_INTO_CARE", "CareRelation", therapistId, patientId);
            return new CareResult(new CareRelation(patientId, therapistId, now), true);
        }
        CareRelation existing = care.relationOf(patientId).orElseThrow();
        if (!existing.therapistId.equals(therapistId)) {
            throw ProblemException.conflict("in-another-therapists-care",
                    "This patient is already in another therapist's care");
        }
        return new CareResult(existing, false);
    }

    /**
     * Hands the patient to another therapist (the caring therapist or an admin): the new one cares from now on, the
     * former loses access in every service (each applies the {@link PatientTakenIntoCare} of the new one).
     */
    @Transactional
    public CareRelation transfer(UUID patientId, UUID toTherapist) {
        if (toTherapist.getMostSignificantBits() == 0 && toTherapist.getLeastSignificantBits() == 0) {
            throw ProblemException.invalid("therapistId", "the nil UUID is nobody's id");
        }
        checkMayChangeCare(patientId);
        if (departures.hasLeftLocked(toTherapist)) {
            throw ProblemException.invalid("therapistId", "this therapist's account is closed");
        }
        Instant now = clock.instant();
        CareRelation relation = care.lockedRelationOf(patientId)
                .orElseThrow(() -> ProblemException.notFound("Care of this patient"));
        if (!relation.handTo(toTherapist, now)) {
            return relation; // already theirs: nothing changes, nothing is announced
        }
        outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), now, patientId, toTherapist));
        // a grant of access to one therapist and its end for another: who did it, to whom
        audit.record("TRANSFER_CARE", "CareRelation", toTherapist, patientId);
        return relation;
    }

    /** Back to nobody's care (the caring therapist or an admin): the patient waits in the triage pool. */
    @Transactional
    public void release(UUID patientId) {
        checkMayChangeCare(patientId);
        CareRelation ended = care.lockedRelationOf(patientId)
                .orElseThrow(() -> ProblemException.notFound("Care of this patient"));
        care.delete(ended);
        outbox.publish(new PatientReleased(UUID.randomUUID(), clock.instant(), patientId, ended.therapistId));
        audit.record("RELEASE_CARE", "CareRelation", ended.therapistId, patientId);
    }

    /** The caring therapist, or an admin running the clinic (a therapist who left cannot hand over). */
    private void checkMayChangeCare(UUID patientId) {
        if (!currentUser.isAdmin()) {
            access.checkIsCaringTherapist(patientId);
        }
    }

    /**
     * A therapist invited the patient (registry-service): they care for them from the enrolment on, unless the
     * patient is already in somebody's care (an event replayed late changes nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(PatientEnrolled enrolled) {
        enrolments.recordEnrolment(new EnrolledPatient(enrolled.patientId(), enrolled.occurredAt()));
        if (enrolled.invitedBy() == null || departures.hasLeftLocked(enrolled.invitedBy())) {
            return; // an admin invited, or the inviter has left since: the patient waits in the triage pool
        }
        if (care.assign(enrolled.patientId(), enrolled.invitedBy(), enrolled.occurredAt())) {
            // the grant's audit record is the invitation's, in registry-service's trail (who invited whom, when):
            // here no one acts, an event is applied
            outbox.publish(new PatientTakenIntoCare(UUID.randomUUID(), enrolled.occurredAt(), enrolled.patientId(),
                    enrolled.invitedBy()));
        }
    }

    /**
     * An admin closed the therapist's account (registry-service): every patient in their care goes back to nobody's
     * care, each release announced like any other, so that the other services end the therapist's access and the
     * patients' red flags reach the clinic's admins at once instead of waiting for a clinician who is gone. The
     * admin's closure is the audited act (registry-service's trail); here an event is applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void therapistDisabled(TherapistDisabled disabled) {
        departures.lock(disabled.therapistId());
        departures.recordDeparture(new DepartedTherapist(disabled.therapistId(), disabled.occurredAt()));
        Instant now = clock.instant();
        for (CareRelation relation : care.lockedPatientsOf(disabled.therapistId())) {
            care.delete(relation);
            outbox.publish(new PatientReleased(UUID.randomUUID(), now, relation.patientId, relation.therapistId));
        }
    }
}
