package org.telerehab.kit.care;

import jakarta.enterprise.context.RequestScoped;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;

import java.util.UUID;

/**
 * The contract's access rule for a patient's records: the patient themself, the therapist caring for them,
 * or an admin. Another patient gets 404 (the record's existence is not disclosed); a therapist who does not
 * care for the patient gets 403.
 */
@RequestScoped
public class PatientAccess {

    private final CurrentUser currentUser;
    private final CareDirectory care;

    PatientAccess(CurrentUser currentUser, CareDirectory care) {
        this.currentUser = currentUser;
        this.care = care;
    }

    /** @param what names the record for the 404 message, e.g. "Screening" */
    public void checkCanRead(UUID patientId, String what) {
        if (currentUser.isAdmin()) {
            return;
        }
        if (currentUser.isTherapist()) {
            if (!care.isCaring(currentUser.id(), patientId)) {
                throw ProblemException.forbidden("This patient is not in your care");
            }
            return;
        }
        if (!currentUser.id().equals(patientId)) {
            throw ProblemException.notFound(what);
        }
    }

    /** Only the caring therapist may change a patient's care (plans, clearance, alerts). */
    public void checkIsCaringTherapist(UUID patientId) {
        if (!currentUser.isTherapist() || !care.isCaring(currentUser.id(), patientId)) {
            throw ProblemException.forbidden("Only the therapist caring for this patient may do this");
        }
    }
}
