package org.telerehab.events;

import java.util.UUID;

/** An event about one patient, keyed by patientId so that a patient's events stay in order. */
public sealed interface PatientEvent extends TelerehabEvent
        permits ScreeningCompleted, PatientTakenIntoCare, ClearanceRecorded, PlanAssigned, PlanPaused,
        AlertRaised, AlertResolved, RedFlagReported, SafetyReviewRequired, RedFlagEscalated, PatientEnrolled,
        PatientPreferencesChanged, PatientReleased, PatientDischarged, ReassessmentCompleted, SessionLogged,
        CheckInLogged {

    UUID patientId();

    @Override
    default UUID key() {
        return patientId();
    }
}
