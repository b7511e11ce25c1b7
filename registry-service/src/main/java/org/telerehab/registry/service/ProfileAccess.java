package org.telerehab.registry.service;

import jakarta.enterprise.context.RequestScoped;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.audit.RequestOrigin;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.registry.repository.CareRelationRepository;

import java.util.UUID;

/**
 * Who may see and change a patient's profile. The patient: their own (another's is 404, its existence not disclosed).
 * A therapist: patients in their care, and patients in nobody's care (to take them into care from the triage pool);
 * a patient in another therapist's care is 403. Only the caring therapist changes a profile. An admin: every
 * profile (running the clinic needs names, not charts). Refusals are in the audit trail.
 */
@RequestScoped
public class ProfileAccess {

    private final CurrentUser currentUser;
    private final CareRelationRepository care;
    private final AuditTrail audit;
    private final RequestOrigin origin;

    ProfileAccess(CurrentUser currentUser, CareRelationRepository care, AuditTrail audit, RequestOrigin origin) {
        this.currentUser = currentUser;
        this.care = care;
        this.audit = audit;
        this.origin = origin;
    }

    public void checkCanRead(UUID patientId) {
        if (currentUser.isAdmin()) {
            return;
        }
        if (currentUser.isTherapist()) {
            if (care.relationOf(patientId).map(r -> !r.therapistId.equals(currentUser.id())).orElse(false)) {
                throw refused(patientId, ProblemException.forbidden("This patient is in another therapist's care"));
            }
            return;
        }
        checkIsThePatient(patientId);
    }

    public void checkCanEdit(UUID patientId) {
        if (currentUser.isAdmin()) {
            return;
        }
        if (currentUser.isTherapist()) {
            if (!care.isCaring(currentUser.id(), patientId)) {
                throw refused(patientId, ProblemException.forbidden(
                        "Only the therapist caring for this patient (or an admin) changes their profile"));
            }
            return;
        }
        checkIsThePatient(patientId);
    }

    public boolean isThePatient(UUID patientId) {
        return currentUser.isPatient() && currentUser.id().equals(patientId);
    }

    private void checkIsThePatient(UUID patientId) {
        if (!currentUser.id().equals(patientId)) {
            throw refused(patientId, ProblemException.notFound("Patient"));
        }
    }

    private ProblemException refused(UUID patientId, ProblemException answer) {
        audit.refused("Patient", origin.target(), patientId);
        return answer;
    }
}
