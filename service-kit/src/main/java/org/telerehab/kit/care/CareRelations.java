package org.telerehab.kit.care;

import java.util.UUID;

/**
 * Who cares for whom, as the service knows it: what {@link PatientAccess} asks before a therapist reads or changes a
 * patient's records. Each service answers from a table of its own: program-service from the care relations it owns,
 * the others from the copy their consumers keep of program-service's care events.
 */
public interface CareRelations {

    /** Whether the therapist cares for the patient now. */
    boolean isCaring(UUID therapistId, UUID patientId);
}
