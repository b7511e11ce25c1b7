package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.telerehab.progress.rest.ProgressFixtures.screening;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/**
 * The episode's first screening is the baseline (DOMAIN.md, outcomes over time): a re-screen keeps it, so an MCID once
 * reached does not disappear; a screening after a discharge starts a new episode with its own.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EpisodeBaselineTest {

    @Test
    void aReScreenKeepsTheBaselineAndItsChangeADischargeResetsItForTheNextEpisode() {
        var p = ProgressFixtures.patientOnPlan(7, 3, today().minusDays(2));
        // pain 4 at a session: 3 points better than the baseline of 7, a minimal important change
        ProgressFixtures.logSession(p.patient(),
                ProgressFixtures.session(p.planId(), ProgressFixtures.daysAgo(0), 4, 5)).statusCode(201);

        publishAndWait(screening(p.patient(), Instant.now(), 4), p.patient(), 2);
        progressOf(p).body("baselinePain", equalTo(7)).body("mcidReached", equalTo(true));

        Instant discharged = Instant.now();
        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), discharged, p.patient(), p.therapist(),
                p.planId()));
        publishAndWait(screening(p.patient(), discharged.plus(1, ChronoUnit.SECONDS), 5), p.patient(), 3);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> progressOf(p).body("baselinePain", equalTo(5)));
    }

    @Test
    void aScreeningAfterTheDischargeAppliedBeforeTheDischargeStillOpensTheNewEpisode() {
        var p = ProgressFixtures.patientOnPlan(7, 3, today().minusDays(2));
        Instant discharged = Instant.now();

        // the screening (intake's topic) arrives first, the discharge (program's topic) after it
        publishAndWait(screening(p.patient(), discharged.plus(1, ChronoUnit.MINUTES), 3), p.patient(), 2);
        progressOf(p).body("baselinePain", equalTo(7));
        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), discharged, p.patient(), p.therapist(),
                p.planId()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> progressOf(p).body("baselinePain", equalTo(3))
                .body("planStatus", equalTo("COMPLETED")));
    }

    private static void publishAndWait(org.telerehab.events.ScreeningCompleted screening, UUID patient, long count) {
        EventProbe.publish(screening);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM screening WHERE patient_id = ?", patient) == count);
    }

    private static io.restassured.response.ValidatableResponse progressOf(ProgressFixtures.OnPlan p) {
        return given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient()).then().statusCode(200);
    }
}
