package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.events.Topics;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Who sees and changes a profile, and what a change tells the other services and Keycloak. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class PatientProfileTest {

    @Inject
    Keycloak keycloak;

    private final UUID therapist = UUID.randomUUID();

    @Test
    void thePatientReadsTheirOwnProfileWhichAcceptsTheInvitationAndAnotherPatientGets404() {
        UUID patient = Invitations.invited(therapist);

        given().auth().oauth2(TestTokens.patient(patient)).get("/api/patients/{id}", patient).then()
                .statusCode(200).body("id", equalTo(patient.toString()), "status", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).get("/api/patients/{id}", patient).then()
                .statusCode(404).contentType("application/problem+json");
        assertThat(TestDatabase.auditReadsOf(patient, "Patient")).isEqualTo(1);
    }

    @Test
    void aTherapistSeesPatientsInNobodysCareButNotAnotherTherapistsPatients() {
        UUID pooled = UUID.fromString(given().auth().oauth2(TestTokens.admin(UUID.randomUUID()))
                .contentType("application/json").body(Invitations.patient()).post("/api/patients").then()
                .statusCode(201).extract().path("id"));
        UUID cared = Invitations.invited(therapist);
        UUID other = UUID.randomUUID();

        given().auth().oauth2(TestTokens.therapist(other)).get("/api/patients/{id}", pooled).then().statusCode(200);
        given().auth().oauth2(TestTokens.therapist(other)).get("/api/patients/{id}", cared).then().statusCode(403);
        given().auth().oauth2(TestTokens.therapist(other)).contentType("application/json")
                .body(Map.of("phone", "+1 555 0100")).patch("/api/patients/{id}", pooled).then()
                .statusCode(403); // only the caring therapist changes a profile
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).get("/api/patients/{id}", cared).then()
                .statusCode(200);
    }

    @Test
    void thePatientChangesPhoneLanguageAndTimeZoneAndTheOtherServicesLearnOnlyLanguageAndZone() {
        UUID patient = Invitations.invited(therapist);

        given().auth().oauth2(TestTokens.patient(patient)).contentType("application/merge-patch+json")
                .body(Map.of("locale", "ar", "timeZone", "Asia/Dubai", "phone", "")).patch("/api/patients/{id}",
                        patient).then().statusCode(200)
                .body("locale", equalTo("ar"), "timeZone", equalTo("Asia/Dubai"), "phone", nullValue());
        given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json")
                .body(Map.of("familyName", "Changed")).patch("/api/patients/{id}", patient).then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.startsWith("familyName"));

        assertThat(EventProbe.eventsFor(Topics.REGISTRY_PATIENTS, patient))
                .filteredOn(PatientPreferencesChanged.class::isInstance).singleElement()
                .satisfies(e -> {
                    PatientPreferencesChanged changed = (PatientPreferencesChanged) e;
                    assertThat(changed.locale()).isEqualTo("ar");
                    assertThat(changed.timeZone()).isEqualTo("Asia/Dubai");
                });
        assertThat(keycloak.realm("telerehab").users().get(patient.toString()).toRepresentation().getAttributes())
                .as("Keycloak's pages and mails follow the new language").containsEntry("locale", List.of("ar"));
    }

    @Test
    void theCaringTherapistCorrectsNameAndEmailInTheProfileAndTheAccount() {
        UUID patient = Invitations.invited(therapist);
        String email = "corrected." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(Map.of("givenName", "María", "email", email)).patch("/api/patients/{id}", patient).then()
                .statusCode(200).body("givenName", equalTo("María"), "email", equalTo(email));

        var account = keycloak.realm("telerehab").users().get(patient.toString()).toRepresentation();
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getFirstName()).isEqualTo("María");
        assertThat(EventProbe.eventsFor(Topics.REGISTRY_PATIENTS, patient))
                .as("names and email are not announced").noneMatch(PatientPreferencesChanged.class::isInstance);
    }

    @Test
    void anotherPatientsEmailIs409AndChangesNothing() {
        UUID first = Invitations.invited(therapist);
        UUID second = Invitations.invited(therapist);
        String taken = given().auth().oauth2(TestTokens.patient(first)).get("/api/patients/{id}", first).then()
                .extract().path("email");

        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(Map.of("email", taken)).patch("/api/patients/{id}", second).then().statusCode(409);
        assertThat(keycloak.realm("telerehab").users().get(second.toString()).toRepresentation().getEmail())
                .isNotEqualTo(taken);
    }
}
