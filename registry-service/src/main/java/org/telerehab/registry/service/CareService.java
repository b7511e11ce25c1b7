package org.telerehab.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.repository.CareRelationRepository;
import org.telerehab.registry.repository.PatientRepository;

/**
 * What program-service's care events change here: registry's copy of who cares for whom, which decides which therapist
 * may see a profile, and the patient's status over episodes of care.
 */
@ApplicationScoped
public class CareService {

    private final CareRelationRepository care;
    private final PatientRepository patients;

    CareService(CareRelationRepository care, PatientRepository patients) {
        this.care = care;
        this.patients = patients;
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

    /** The episode ended: the profile says DISCHARGED (a patient registry never enrolled has no profile to change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discharged(PatientDischarged discharged) {
        patients.findByIdOptional(discharged.patientId()).ifPresent(Patient::discharged);
    }

    /** A plan was assigned: a discharged patient is in a new episode of treatment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAssigned(PlanAssigned plan) {
        patients.findByIdOptional(plan.patientId()).ifPresent(Patient::planAssigned);
    }
}
