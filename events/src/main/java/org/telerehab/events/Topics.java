package org.telerehab.events;

import java.util.List;

/** Kafka topics of the contract. Every record is keyed by patientId, so a patient's events stay in order. */
public final class Topics {
    public static final String INTAKE_SCREENINGS = "intake.screenings.v1";
    public static final String PROGRAM_CARE = "program.care.v1";
    public static final String PROGRESS_ALERTS = "progress.alerts.v1";
    /** registry-service: enrolments and preferences (added in 1.1). */
    public static final String REGISTRY_PATIENTS = "registry.patients.v1";

    /** Every topic of the contract: what a broker must have before the services start. */
    public static final List<String> ALL = List.of(INTAKE_SCREENINGS, PROGRAM_CARE, PROGRESS_ALERTS,
            REGISTRY_PATIENTS);

    private Topics() {
    }
}
