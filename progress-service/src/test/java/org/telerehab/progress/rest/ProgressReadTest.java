package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgressReadTest {

    /**
     * Baseline 6, 3 sessions a week, plan started 10 days ago. Readings in the last 7 days: sessions 1 and 3 days
     * ago (painBefore 4, 5) and check-ins today (3) and 6 days ago (4): mean 16/4 = 4.0, painChange 2.0, MCID
     * reached. Outside the 7 days: a session 8 days ago (painBefore 6) and a check-in 7 days ago (6).
     * adherence7d = 2/3; adherence28d = 3 / (3 x 11/7) = 21/33, the plan's 11 days within the window.
     */
    // exact figures: read JSON numbers as doubles, not floats
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Test
    void progressAndCaseloadEqualTheFiguresComputedByHand() {
        var p = ProgressFixtures.patientOnPlan(6, 3, today().minusDays(10));
        logSession(p.patient(), session(p.planId(), daysAgo(8), 6, 5)).statusCode(201);
        logSession(p.patient(), session(p.planId(), daysAgo(3), 5, 5)).statusCode(201);
        logSession(p.patient(), session(p.planId(), daysAgo(1), 4, 5)).statusCode(201);
        logCheckIn(p.patient(), checkIn(today().minusDays(7), 6, List.of())).statusCode(201);
        logCheckIn(p.patient(), checkIn(today().minusDays(6), 4, List.of())).statusCode(201);
        logCheckIn(p.patient(), checkIn(today(), 3, List.of())).statusCode(201);

        given().config(DOUBLES).auth().oauth2(TestTokens.patient(p.patient()))
                .when().get("/api/patients/{id}/progress", p.patient())
                .then().statusCode(200)
                .body("baselinePain", equalTo(6))
                .body("latestPain", equalTo(3))
                .body("averagePain7d", closeTo(4.0, 1e-9))
                .body("painChange", closeTo(2.0, 1e-9))
                .body("mcidReached", equalTo(true))
                .body("adherence7d", closeTo(2.0 / 3, 1e-9))
                .body("adherence28d", closeTo(21.0 / 33, 1e-9))
                .body("sessionsLogged", equalTo(3))
                .body("lastSessionAt", equalTo(daysAgo(1).toString()))
                .body("openAlerts", hasSize(0));

        given().config(DOUBLES).auth().oauth2(TestTokens.therapist(p.therapist())).when().get("/api/caseload")
                .then().statusCode(200)
                .body("patientId", org.hamcrest.Matchers.contains(p.patient().toString()))
                .body("[0].averagePain7d", closeTo(4.0, 1e-9))
                .body("[0].adherence28d", closeTo(21.0 / 33, 1e-9));
        assertThat(TestDatabase.auditReadsOf(p.patient(), "Progress")).isEqualTo(2);
    }

    @Test
    void accessFollowsCare() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today());
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID()))
                .when().get("/api/patients/{id}/progress", p.patient())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID()))
                .when().get("/api/patients/{id}/progress", p.patient()).then().statusCode(403);
        given().when().get("/api/patients/{id}/progress", p.patient()).then().statusCode(401);
        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient()).then().statusCode(200);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID()))
                .when().get("/api/patients/{id}/observations/fhir", p.patient()).then().statusCode(404);
    }
}
