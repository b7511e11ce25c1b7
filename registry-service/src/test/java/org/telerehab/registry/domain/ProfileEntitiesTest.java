package org.telerehab.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileEntitiesTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
    private static final PatientDetails MARIA = new PatientDetails("Maria", "Quintero", LocalDate.of(1984, 2, 29),
            "maria@example.org", "+34 600 123 456", "es", "Europe/Madrid");

    @Test
    void anInvitedPatientHoldsTheDetailsAndWaitsForTheirFirstSignIn() {
        UUID account = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        Patient patient = Patient.invited(account, MARIA, therapist, AT);

        assertThat(patient.id).isEqualTo(account);
        assertThat(patient.details()).isEqualTo(MARIA);
        assertThat(patient.invitedBy).isEqualTo(therapist);
        assertThat(patient.invitedAt).isEqualTo(AT);
        assertThat(patient.status).isEqualTo(PatientStatus.INVITED);

        patient.signedIn();
        assertThat(patient.status).isEqualTo(PatientStatus.ACTIVE);
    }

    @Test
    void aDischargedPatientSigningInStaysDischarged() {
        Patient patient = Patient.invited(UUID.randomUUID(), MARIA, UUID.randomUUID(), AT);
        patient.status = PatientStatus.DISCHARGED;
        patient.signedIn();
        assertThat(patient.status).isEqualTo(PatientStatus.DISCHARGED);
    }

    @Test
    void aDischargeEndsTheEpisodeAndTheNextPlanStartsTheNext() {
        Patient patient = Patient.invited(UUID.randomUUID(), MARIA, UUID.randomUUID(), AT);
        patient.planAssigned();
        assertThat(patient.status).as("invited: still waiting to sign in").isEqualTo(PatientStatus.INVITED);
        patient.signedIn();
        patient.planAssigned();
        assertThat(patient.status).isEqualTo(PatientStatus.ACTIVE);

        patient.discharged();
        assertThat(patient.status).isEqualTo(PatientStatus.DISCHARGED);
        patient.planAssigned();
        assertThat(patient.status).isEqualTo(PatientStatus.ACTIVE);
    }

    @Test
    void takingNewDetailsReplacesEveryField() {
        Patient patient = Patient.invited(UUID.randomUUID(), MARIA, UUID.randomUUID(), AT);
        PatientDetails other = new PatientDetails("Ana", "Lind", LocalDate.of(1990, 1, 1), "ana@example.org", null,
                "fr", "Europe/Paris");
        patient.take(other);
        assertThat(patient.details()).isEqualTo(other);
    }

    @Test
    void anInvitedTherapistAndValidatedDetails() {
        UUID account = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        Therapist therapist = Therapist.invited(account, TherapistDetails.validated(" Ana ", "Lind", "Ana@Example.org"),
                admin, AT);
        assertThat(therapist.id).isEqualTo(account);
        assertThat(therapist.givenName).isEqualTo("Ana");
        assertThat(therapist.familyName).isEqualTo("Lind");
        assertThat(therapist.email).isEqualTo("ana@example.org");
        assertThat(therapist.invitedBy).isEqualTo(admin);
        assertThat(therapist.invitedAt).isEqualTo(AT);

        Invitation invitation = Invitation.started("ana@example.org", AT);
        assertThat(invitation.email).isEqualTo("ana@example.org");
        assertThat(invitation.startedAt).isEqualTo(AT);
        assertThat(invitation.accountId).isNull();
        assertThat(new InvalidProfileException("phone", "bad").field()).isEqualTo("phone");
    }

    @Test
    void patientDetailsAreValidatedInFormOrder() {
        PatientDetails details = PatientDetails.validated(" Maria ", "Quintero", LocalDate.of(1984, 2, 29),
                "Maria@Example.org", " ", "es", "Europe/Madrid", LocalDate.of(2026, 12, 5));
        assertThat(details).isEqualTo(new PatientDetails("Maria", "Quintero", LocalDate.of(1984, 2, 29),
                "maria@example.org", null, "es", "Europe/Madrid"));
    }
}
