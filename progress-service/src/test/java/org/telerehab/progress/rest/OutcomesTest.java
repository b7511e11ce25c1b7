package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.screening;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** An episode's outcomes (API.md 1.1): baseline, the daily pain series, the re-assessments; monitoring days. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OutcomesTest {

    @Test
    void theEpisodesBaselineItsDailyPainAndItsReassessments() {
        UUID patient = UUID.randomUUID();
        Instant screened = Instant.now().minus(10, ChronoUnit.DAYS);
        EventProbe.publish(screening(patient, screened, 7)); // the episode's first screening
        var p = ProgressFixtures.patientOnPlan(patient, 5, 3, today().minusDays(9)); // a re-screen at pain 5
        logSession(patient, session(p.planId(), daysAgo(2), 6, 5)).statusCode(201);
        logCheckIn(patient, checkIn(today().minusDays(2), 4, List.of())).statusCode(201);
        logCheckIn(patient, checkIn(today().minusDays(1), 3, List.of())).statusCode(201);
        UUID reassessment = UUID.randomUUID();
        EventProbe.publish(new ReassessmentCompleted(UUID.randomUUID(), Instant.now(), patient, reassessment,
                UUID.randomUUID(), 4, 28, 3, RiskLevel.LOW, 3, 12, true, true, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM reassessment WHERE patient_id = ?", patient) == 1);

        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/outcomes", patient).then().statusCode(200)
                .body("baseline.pain", equalTo(7))
                .body("baseline.odiPercent", equalTo(40))
                .body("baseline.startBackTotal", equalTo(4))
                .body("baseline.risk", equalTo("MEDIUM"))
                .body("dischargedAt", nullValue())
                // the day two days ago: painBefore 6 and check-in 4 -> 5.0; yesterday: 3
                .body("pain.date", contains(today().minusDays(2).toString(), today().minusDays(1).toString()))
                .body("pain.value", contains(5.0f, 3.0f))
                .body("reassessments.painAverageWeek", contains(4))
                .body("reassessments[0].odiPercent", equalTo(28))
                .body("reassessments[0].painPoints", equalTo(3))
                .body("reassessments[0].painMcid", equalTo(true))
                .body("reassessments[0].odiMcid", equalTo(true))
                // practice in weeks from the episode's first day (10 days ago): one session in the second week so
                // far (its 4 days up to today), against the plan's 3 a week
                .body("practice.from", contains(today().minusDays(10).toString(), today().minusDays(3).toString()))
                .body("practice.days", contains(7, 4))
                .body("practice.sessions", contains(0, 1))
                .body("sessionsPerWeek", equalTo(3));
        org.assertj.core.api.Assertions.assertThat(TestDatabase.auditedReads(p.therapist(), patient)).isPositive();

        // an alert raised during the episode is part of its outcomes (the discharge summary lists them)
        logCheckIn(patient, checkIn(today(), 10, List.of())).statusCode(201);
        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/outcomes", patient).then().statusCode(200)
                .body("alerts.type", contains("FLARE"))
                .body("alerts[0].resolvedAt", nullValue());
    }

    @Test
    void beforeAnyScreeningThereAreNoOutcomesYet() {
        UUID patient = UUID.randomUUID();
        given().auth().oauth2(TestTokens.patient(patient))
                .when().get("/api/patients/{id}/outcomes", patient).then().statusCode(200)
                .body("baseline", nullValue()).body("pain", empty()).body("reassessments", empty())
                .body("practice", empty()).body("sessionsPerWeek", nullValue());
    }

    @Test
    void monitoringDaysAreTheDaysWithASessionOrACheckIn() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(9));
        logSession(p.patient(), session(p.planId(), daysAgo(5), 4, 5)).statusCode(201);
        logSession(p.patient(), session(p.planId(), daysAgo(5), 4, 5)).statusCode(201);
        logCheckIn(p.patient(), checkIn(today().minusDays(3), 4, List.of())).statusCode(201);
        logCheckIn(p.patient(), checkIn(today().minusDays(40), 4, List.of())).statusCode(201);

        monitoringDays(p, "?from=" + today().minusDays(5) + "&to=" + today()).statusCode(200)
                .body("days", equalTo(2))
                .body("dates", contains(today().minusDays(5).toString(), today().minusDays(3).toString()));
        monitoringDays(p, "?from=" + today().minusDays(4) + "&to=" + today()).statusCode(200).body("days", equalTo(1));
        // without a period: the last 30 days, the day 40 days ago left out
        monitoringDays(p, "").statusCode(200).body("days", equalTo(2));
        monitoringDays(p, "?from=" + today() + "&to=" + today().minusDays(1)).statusCode(422)
                .body("errors.field", hasItem("to"));
        monitoringDays(p, "?from=yesterday").statusCode(422).body("errors.field", hasItem("from"));
        monitoringDays(p, "?from=" + today().minusDays(366) + "&to=" + today()).statusCode(422)
                .body("errors.field", hasItem("to"));
    }

    private static io.restassured.response.ValidatableResponse monitoringDays(ProgressFixtures.OnPlan p,
                                                                              String query) {
        return given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/" + p.patient() + "/monitoring-days" + query).then();
    }
}
