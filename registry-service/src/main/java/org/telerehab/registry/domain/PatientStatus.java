package org.telerehab.registry.domain;

/**
 * INVITED until the patient's first request with their own token; DISCHARGED when the episode of care ends, ACTIVE
 * again when a new episode's plan is assigned.
 */
public enum PatientStatus {
    INVITED, ACTIVE, DISCHARGED
}
