package org.telerehab.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.engagement.repository.CareRelationRepository;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;

/**
 * Who cares for whom, from program-service's events: a transfer of care is a newer grant, so the thread's access and
 * the red-flag alerts move to the new therapist with it.
 */
@ApplicationScoped
public class CareService {

    private final CareRelationRepository care;

    CareService(CareRelationRepository care) {
        this.care = care;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void taken(PatientTakenIntoCare taken) {
        care.apply(taken);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(PatientReleased released) {
        care.apply(released);
    }
}
