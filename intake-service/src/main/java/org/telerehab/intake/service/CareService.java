package org.telerehab.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.intake.repository.CareRelationRepository;

/** intake's copy of who cares for whom, which decides which therapist may read a screening. */
@ApplicationScoped
public class CareService {

    private final CareRelationRepository care;

    CareService(CareRelationRepository care) {
        this.care = care;
    }

    /** Applied inside the consumer's transaction; the latest relation wins, whatever order events arrive in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void careTaken(PatientTakenIntoCare taken) {
        care.apply(taken);
    }

    /** The patient is back in nobody's care: the former therapist loses access here too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void careReleased(PatientReleased released) {
        care.apply(released);
    }
}
