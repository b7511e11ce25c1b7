package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A user who writes faster than their budget gets 429 problem+json with Retry-After; nobody else is slowed. */
@QuarkusTest
@TestProfile(WriteRateLimitTest.ThreeWritesAtOnce.class)
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class WriteRateLimitTest {

    public static class ThreeWritesAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telerehab.limits.writes.per-minute", "6", "telerehab.limits.writes.burst", "3");
        }
    }

    @Test
    void theFourthWriteAtOnceIs429AndWritesNothing() {
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(patient).then().statusCode(201);
        }

        Response refused = submit(patient);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).endsWith("/too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
        assertThat(TestDatabase.count("SELECT count(*) FROM screening WHERE patient_id = ?", patient)).isEqualTo(3);
        // reading is not limited, and another patient writes as usual
        given().auth().oauth2(TestTokens.patient(patient)).get("/api/patients/{id}/screenings", patient)
                .then().statusCode(200);
        submit(UUID.randomUUID()).then().statusCode(201);
    }

    private static Response submit(UUID patient) {
        return given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json")
                .body(ScreeningRequests.valid()).when().post("/api/screenings");
    }
}
