package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.Topics;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A therapist invites a patient: an account in the real Keycloak, a mail with its link, a profile, an event. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class PatientInvitationTest {

    @Inject
    Keycloak keycloak;

    private final UUID therapist = UUID.randomUUID();

    @Test
    void theInvitedPatientHasAnAccountAMailWithTheLinkAndTheTherapistsCare() {
        Map<String, Object> body = Invitations.patient();
        String email = (String) body.get("email");

        var answer = Invitations.invite(therapist, body).statusCode(201)
                .body("status", equalTo("INVITED"), "invitedBy", equalTo(therapist.toString()),
                        "email", equalTo(email), "timeZone", equalTo("America/Los_Angeles"))
                .extract();
        String id = answer.path("id");
        assertThat(answer.header("Location")).endsWith("/api/patients/" + id);

        List<UserRepresentation> accounts = keycloak.realm("telerehab").users().searchByEmail(email, true);
        assertThat(accounts).singleElement().satisfies(account -> {
            assertThat(account.getId()).as("the profile's id is the account's").isEqualTo(id);
            assertThat(account.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        });
        assertThat(keycloak.realm("telerehab").users().get(id).toRepresentation().getAttributes())
                .as("Keycloak writes to them in their language").containsEntry("locale", List.of("es"));
        assertThat(keycloak.realm("telerehab").users().get(id).groups()).extracting("path")
                .containsExactly("/patients");
        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.messagesTo(email).isEmpty());
        String mail = Mailbox.messagesTo(email).get(0);
        assertThat(Mailbox.messagesTo(email)).hasSize(1);
        assertThat(Mailbox.subject(mail)).as("the invitation in Spanish, the patient's language")
                .isEqualTo("Actualiza tu cuenta");
        assertThat(Mailbox.actionToken(mail)).as("the link sets the password of this account, then opens the portal")
                .contains("\"sub\":\"" + id + "\"").contains("\"azp\":\"telerehab-portal\"")
                .contains("UPDATE_PASSWORD");

        assertThat(EventProbe.eventsFor(Topics.REGISTRY_PATIENTS, UUID.fromString(id))).as("exactly one event")
                .singleElement().isInstanceOf(PatientEnrolled.class);
        PatientEnrolled enrolled = (PatientEnrolled) EventProbe.eventsFor(Topics.REGISTRY_PATIENTS,
                UUID.fromString(id)).get(0);
        assertThat(enrolled.locale()).isEqualTo("es");
        assertThat(enrolled.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(enrolled.invitedBy()).isEqualTo(therapist);
        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?",
                UUID.fromString(id), therapist)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM invitation")).as("no invitation left under way")
                .isZero();
    }

    @Test
    void theSameEmailTwiceIs409WithoutASecondAccount() {
        Map<String, Object> body = Invitations.patient();
        Invitations.invite(therapist, body).statusCode(201);

        Map<String, Object> again = Invitations.patientWith("email", ((String) body.get("email")).toUpperCase());
        Invitations.invite(UUID.randomUUID(), again).statusCode(409)
                .contentType("application/problem+json");
        assertThat(keycloak.realm("telerehab").users().searchByEmail((String) body.get("email"), true)).hasSize(1);
    }

    @Test
    void aPatientCannotInviteAndAnAdminsInviteeWaitsInTheTriagePool() {
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).contentType("application/json")
                .body(Invitations.patient()).post("/api/patients").then().statusCode(403);

        String id = given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).contentType("application/json")
                .body(Invitations.patient()).post("/api/patients").then().statusCode(201).extract().path("id");
        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ?", UUID.fromString(id)))
                .isZero();
    }
}
