package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CaseloadAccessTest {

    @Test
    void noTokenIs401PatientIs403AndAnotherTherapistSeesNone() {
        given().when().get("/api/caseload").then().statusCode(401);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get("/api/caseload")
                .then().statusCode(403);
        ProgressFixtures.patientOnPlan(5, 3, ProgressFixtures.today());
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).when().get("/api/caseload")
                .then().statusCode(200).body("$", empty());
    }
}
