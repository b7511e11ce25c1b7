package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.telerehab.testsupport.DatabaseWithoutBroker;
import org.telerehab.testsupport.ReadinessWithoutBrokerContract;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(DatabaseWithoutBroker.class)
@WithTestResource(OidcWiremockTestResource.class)
class IntakeReadinessWithoutBrokerTest extends ReadinessWithoutBrokerContract {

    /** A screening: its ScreeningSubmitted waits for the broker. */
    @Override
    protected Response writeThatAnnouncesAnEvent() {
        return given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).contentType("application/json")
                .body(ScreeningRequests.valid()).when().post("/api/screenings");
    }
}
