package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.TherapistDisabled;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * An admin closes the account of a therapist who left: Keycloak no longer lets them in, one event tells
 * program-service to release their patients, and nobody can hand a patient to them any more.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class TherapistAccountClosureTest {

    @Inject
    Keycloak keycloak;

    private final UUID admin = UUID.randomUUID();

    @Test
    void aClosedAccountIsDisabledInKeycloakAnnouncedOnceAndAudited() {
        UUID leaving = invitedTherapist();

        close(leaving).statusCode(200).body("id", equalTo(leaving.toString()), "status", equalTo("DISABLED"));
        close(leaving).statusCode(200).body("status", equalTo("DISABLED")); // asking again changes nothing

        assertThat(keycloak.realm("telerehab").users().get(leaving.toString()).toRepresentation().isEnabled())
                .as("the therapist can no longer log in").isFalse();
        List<TelerehabEvent> events = EventProbe.eventsFor(Topics.REGISTRY_THERAPISTS, leaving);
        assertThat(events).as("one announcement, however often an admin asks").singleElement()
                .isInstanceOfSatisfying(TherapistDisabled.class, e -> assertThat(e.therapistId()).isEqualTo(leaving));
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'DISABLE'"
                + " AND resource_type = 'Therapist' AND resource_id = ? AND actor_id = ?", leaving.toString(),
                admin.toString())).isEqualTo(1);
    }

    @Test
    void aClosedAccountIsNobodysChoiceForAHandOverButTheAdminsStillSeeIt() {
        UUID leaving = invitedTherapist();
        close(leaving).statusCode(200);

        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).get("/api/therapists").then().statusCode(200)
                .body("id", not(hasItem(leaving.toString())));
        given().auth().oauth2(TestTokens.admin(admin)).get("/api/therapists").then().statusCode(200)
                .body("find { it.id == '" + leaving + "' }.status", equalTo("DISABLED"));
    }

    @Test
    void aClosedTherapistsTokenStillAliveCannotBringANewPatientIntoCare() {
        UUID leaving = invitedTherapist();
        close(leaving).statusCode(200);
        Map<String, Object> body = Invitations.patient();

        Invitations.invite(leaving, body).statusCode(403).contentType("application/problem+json");

        assertThat(keycloak.realm("telerehab").users().searchByEmail((String) body.get("email"), true))
                .as("no account made").isEmpty();
        assertThat(TestDatabase.count("SELECT count(*) FROM patient WHERE email = ?", body.get("email"))).isZero();
    }

    @Test
    void onlyAnAdminClosesAnAccountAndOnlyOfATherapistWhoExists() {
        UUID therapist = invitedTherapist();

        given().auth().oauth2(TestTokens.therapist(therapist)).post("/api/therapists/{id}/disable", therapist)
                .then().statusCode(403);
        close(UUID.randomUUID()).statusCode(404).contentType("application/problem+json");

        assertThat(keycloak.realm("telerehab").users().get(therapist.toString()).toRepresentation().isEnabled())
                .isTrue();
    }

    private io.restassured.response.ValidatableResponse close(UUID therapist) {
        return given().auth().oauth2(TestTokens.admin(admin)).post("/api/therapists/{id}/disable", therapist).then();
    }

    private UUID invitedTherapist() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return UUID.fromString(given().auth().oauth2(TestTokens.admin(admin)).contentType("application/json")
                .body(Map.of("givenName", "Lea", "familyName", "Leaving-" + tag, "email", "lea." + tag + "@example.org"))
                .post("/api/therapists").then().statusCode(201).extract().path("id"));
    }
}
