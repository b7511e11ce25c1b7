package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.progress.service.ScheduledChecks;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** The alerts the first clinical review changed or added (API.md 1.1), end to end through the service. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChangedAlertsTest {

    @Inject
    ScheduledChecks checks;

    @Test
    void aFlareIsAWorseningNeverAnEightBelowAHighBaseline() {
        var high = ProgressFixtures.patientOnPlan(9, 3, today().minusDays(2));
        logCheckIn(high.patient(), checkIn(today(), 8, List.of())).statusCode(201).body("alertsRaised", empty());
        logSession(high.patient(), session(high.planId(), daysAgo(0), 9, 5)).statusCode(201)
                .body("alertsRaised", empty());
        logCheckIn(high.patient(), checkIn(today(), 10, List.of())).statusCode(201)
                .body("alertsRaised", contains("FLARE"));
    }

    @Test
    void painThatRisesByTwoDuringASessionRaisesPainAfterSession() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 4, 5)).statusCode(201)
                .body("alertsRaised", empty());
        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 5, 5)).statusCode(201)
                .body("alertsRaised", contains("PAIN_AFTER_SESSION"));

        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient())
                .then().body("openAlerts.type", contains("PAIN_AFTER_SESSION"))
                .body("openAlerts[0].detail", containsString("from 3/10 to 5/10"));
    }

    @Test
    void fourWeeksOfPracticeWithoutImprovementRaisesNotImproving() {
        var flat = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(30));
        for (int daysAgo : new int[] {0, 4, 8, 12, 16, 20}) { // 6 of 12 prescribed in 28 days: adherence 0.5
            logSession(flat.patient(), session(flat.planId(), daysAgo(daysAgo), 5, 5)).statusCode(201);
        }
        var better = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(30));
        for (int daysAgo : new int[] {0, 4, 8, 12, 16, 20}) {
            logSession(better.patient(), session(better.planId(), daysAgo(daysAgo), 4, 5)).statusCode(201);
        }

        checks.runAt(Instant.now());

        given().auth().oauth2(TestTokens.therapist(flat.therapist()))
                .when().get("/api/patients/{id}/progress", flat.patient())
                .then().body("openAlerts.type", contains("NOT_IMPROVING"))
                .body("openAlerts[0].detail", containsString("pain change +0.0"));
        given().auth().oauth2(TestTokens.therapist(better.therapist()))
                .when().get("/api/patients/{id}/progress", better.patient())
                .then().body("openAlerts", empty());
    }
}
