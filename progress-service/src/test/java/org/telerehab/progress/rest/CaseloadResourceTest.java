package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CaseloadResourceTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void noTokenIs401AndPatientIs403() {
        given().when().get("/api/caseload").then().statusCode(401);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get("/api/caseload")
                .then().statusCode(403);
    }

    @Test
    void caseloadListsExactlyThePatientsTakenIntoTheCallersCare() {
        UUID patient = UUID.randomUUID();
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/caseload")
                .then().statusCode(200).body("$", empty());

        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/caseload")
                        .then().statusCode(200).body("patientId", contains(patient.toString())));
    }
}
