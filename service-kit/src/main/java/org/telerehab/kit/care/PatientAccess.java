package org.telerehab.kit.care;

import jakarta.enterprise.context.RequestScoped;
import org.telerehab.kit.audit.AuditTrail;
import org.telerehab.kit.audit.RequestOrigin;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;

import java.util.UUID;

/**
 * The contract's access rule for a patient's records: the patient themself, the therapist caring for them,
 * or an admin. Another patient gets 404 (the record's existence is not disclosed); a therapist who does not
 * care for the patient gets 403. Every refusal is in the audit trail, so a patient's access log and the clinic's
 * security officer see who tried to reach records they may not.
 */
@RequestScoped
public class PatientAccess {

    private final CurrentUser currentUser;
    private final CareRelations care;
    private final AuditTrail audit;
    private final RequestOrigin origin;

    PatientAccess(CurrentUser currentUser, CareRelations care, AuditTrail audit, RequestOrigin origin) {
        this.currentUser = currentUser;
        this.care = care;
        this.audit = audit;
        this.origin = origin;
    }

    /**
     * Reading a patient's clinical records. An admin runs the clinic and does not read charts: only with a stated
     * reason ({@value RequestOrigin#BREAK_GLASS_HEADER}, break-glass), which the audit trail keeps with the read and
     * the caring therapist sees in the patient's access log.
     *
     * @param what names the record for the 404 message, e.g. "Screening"
     */
    public void checkCanRead(UUID patientId, String what) {
        if (currentUser.isAdmin()) {
            String reason = origin.breakGlassReason();
            if (reason == null) {
                throw refused(what, patientId, new ProblemException(new Problem("break-glass-reason-required",
                        "Forbidden", 403, "An admin reads a patient's clinical records only with a stated reason:"
                        + " send it in the " + RequestOrigin.BREAK_GLASS_HEADER + " header", null)));
            }
            if (!RequestOrigin.acceptableReason(reason)) {
                throw ProblemException.invalid(RequestOrigin.BREAK_GLASS_HEADER,
                        "at most 500 characters, without control characters");
            }
            return;
        }
        checkIsPatientOrCaringTherapist(patientId, what);
    }

    /**
     * Reading who touched a patient's records (the access log): the patient, the caring therapist, and an admin
     * without a reason (accounting of access is the clinic's duty, not a chart).
     */
    public void checkCanReadAccessLog(UUID patientId) {
        if (!currentUser.isAdmin()) {
            checkIsPatientOrCaringTherapist(patientId, "Patient");
        }
    }

    private void checkIsPatientOrCaringTherapist(UUID patientId, String what) {
        if (currentUser.isTherapist()) {
            if (!care.isCaring(currentUser.id(), patientId)) {
                throw refused(what, patientId, ProblemException.forbidden("This patient is not in your care"));
            }
            return;
        }
        if (!currentUser.id().equals(patientId)) {
            throw refused(what, patientId, ProblemException.notFound(what));
        }
    }

    /** Only the caring therapist may change a patient's care (plans, clearance, alerts). */
    public void checkIsCaringTherapist(UUID patientId) {
        if (!currentUser.isTherapist() || !care.isCaring(currentUser.id(), patientId)) {
            throw refused("Care", patientId,
                    ProblemException.forbidden("Only the therapist caring for this patient may do this"));
        }
    }

    private ProblemException refused(String what, UUID patientId, ProblemException answer) {
        audit.refused(what, origin.target(), patientId);
        return answer;
    }
}
