package org.telerehab.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient's profile as stored; {@code id} is their account's id in Keycloak, the patient id of every service. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public String email;

    public String phone;

    @Column(nullable = false)
    public String locale;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PatientStatus status;

    @Column(name = "invited_by", nullable = false)
    public UUID invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    public static Patient invited(UUID accountId, PatientDetails details, UUID invitedBy, Instant at) {
        Patient patient = new Patient();
        patient.id = accountId;
        patient.status = PatientStatus.INVITED;
        patient.invitedBy = invitedBy;
        patient.invitedAt = at;
        patient.take(details);
        return patient;
    }

    public PatientDetails details() {
        return new PatientDetails(givenName, familyName, birthDate, email, phone, locale, timeZone);
    }

    public void take(PatientDetails details) {
        givenName = details.givenName();
        familyName = details.familyName();
        birthDate = details.birthDate();
        email = details.email();
        phone = details.phone();
        locale = details.locale();
        timeZone = details.timeZone();
    }

    /** The patient used their own account: the invitation was accepted. */
    public void signedIn() {
        if (status == PatientStatus.INVITED) {
            status = PatientStatus.ACTIVE;
        }
    }

    /** The caring therapist ended the episode of care (program-service's PatientDischarged). */
    public void discharged() {
        status = PatientStatus.DISCHARGED;
    }

    /**
     * A new plan was assigned (program-service's PlanAssigned): a discharged patient is in treatment again (a plan
     * after a discharge needs a new screening, so a new episode has begun); an invited one keeps waiting to sign in.
     */
    public void planAssigned() {
        if (status == PatientStatus.DISCHARGED) {
            status = PatientStatus.ACTIVE;
        }
    }
}
