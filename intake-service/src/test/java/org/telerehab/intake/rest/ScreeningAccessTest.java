package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScreeningAccessTest {

    private final UUID patient1 = UUID.randomUUID();
    private final UUID patient2 = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();

    @Test
    void noTokenIs401AndWrongRoleIs403() {
        given().contentType("application/json").body(ScreeningRequests.valid())
                .when().post("/api/screenings").then().statusCode(401);
        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(ScreeningRequests.valid())
                .when().post("/api/screenings").then().statusCode(403);
        assertThat(TestDatabase.count("SELECT count(*) FROM screening WHERE patient_id = ?", therapist)).isZero();
    }

    @Test
    void anotherPatientGets404AndTheTrailRecordsTheAttemptNotARead() {
        String id = ScreeningRequests.submitValid(patient1, ScreeningRequests.valid());

        given().auth().oauth2(TestTokens.patient(patient2)).when().get("/api/screenings/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.patient(patient2)).when().get("/api/screenings/{id}/fhir", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.patient(patient2)).when().get("/api/patients/{id}/screenings", patient1)
                .then().statusCode(404);
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE actor_id = ? AND action = 'READ'",
                patient2.toString())).isZero();
        assertThat(TestDatabase.strings("SELECT resource_id FROM audit_log WHERE actor_id = ? AND action = 'REFUSED'"
                + " AND patient_id = ? AND client_id = 'telerehab-cli' AND request_id IS NOT NULL ORDER BY id",
                patient2.toString(), patient1))
                .containsExactly("GET /api/screenings/" + id, "GET /api/screenings/" + id + "/fhir",
                        "GET /api/patients/" + patient1 + "/screenings");
    }

    @Test
    void therapistReadsOnlyAfterTheCareEventArrivesAndARedeliveryIsAppliedOnce() {
        String id = ScreeningRequests.submitValid(patient1, ScreeningRequests.valid());
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/screenings/{id}", id)
                .then().statusCode(403);

        var care = new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient1, therapist);
        EventProbe.publish(care);
        EventProbe.publish(care); // the same event again, as after a relay restart

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/screenings/{id}", id)
                        .then().statusCode(200));
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/patients/{id}/screenings", patient1)
                .then().statusCode(200);
        assertThat(TestDatabase.count("SELECT count(*) FROM processed_event WHERE event_id = ?", care.eventId()))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE actor_id = ? AND action = 'READ'",
                therapist.toString())).isGreaterThanOrEqualTo(2);
        // another therapist still has no access
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).when().get("/api/screenings/{id}", id)
                .then().statusCode(403);
    }

    @Test
    void anAdminReadsAnyScreeningWithAStatedReason() {
        String id = ScreeningRequests.submitValid(patient1, ScreeningRequests.valid());
        TestTokens.as(UUID.randomUUID(), "admin").when().get("/api/screenings/{id}", id).then().statusCode(200);
    }

    @Test
    void unknownScreeningIs404() {
        given().auth().oauth2(TestTokens.patient(patient1)).when().get("/api/screenings/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
