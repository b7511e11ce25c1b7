package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.SafetyReviewRequired;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** What a red flag at a check-in does here: the patient is told at once, exercise stops, program is told. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RedFlagCheckInTest {

    @Test
    void anEmergencyStopsSessionsAtOnceWithoutWaitingForProgram() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));

        String checkInId = logCheckIn(p.patient(), checkIn(today(), 3, List.of("BILATERAL_LEG_SYMPTOMS")))
                .statusCode(201).body("advice", hasItem(EmergencySigns.ALL)).extract().path("id");

        // program-service has not paused anything yet (nothing consumes its topic here): the session is refused anyway
        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 5)).statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("planId"))
                .body("errors[0].message", containsString("paused"));
        assertThat(TestDatabase.count("SELECT count(*) FROM session_log WHERE patient_id = ?", p.patient())).isZero();

        assertThat(EventProbe.events(Topics.PROGRESS_ALERTS,
                        e -> e.key().equals(p.patient()) && e instanceof RedFlagReported, 1,
                        Duration.ofSeconds(20), Duration.ofSeconds(1)))
                .singleElement().isInstanceOfSatisfying(RedFlagReported.class, r -> {
                    assertThat(r.reportId()).hasToString(checkInId);
                    assertThat(r.severity()).isEqualTo(RedFlag.Severity.EMERGENCY);
                    assertThat(r.redFlags()).containsExactly(RedFlag.BILATERAL_LEG_SYMPTOMS);
                });
    }

    @Test
    void aPlanAssignedAfterTheClearanceIsPausedByProgramAndThenRefusesSessions() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        UUID newPlan = UUID.randomUUID();
        EventProbe.publish(new PlanAssigned(UUID.randomUUID(), Instant.now(), p.patient(), newPlan, 2, p.therapist(),
                today(), 3, List.of(new PlanAssigned.Item(ProgressFixtures.DEAD_BUG, 1, 3, 10, 0, 6, null)), null,
                null));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress WHERE patient_id = ? AND plan_id = ?", p.patient(), newPlan) == 1);
        logSession(p.patient(), session(newPlan, daysAgo(0), 3, 5)).statusCode(201);

        EventProbe.publish(new PlanPaused(UUID.randomUUID(), Instant.now(), p.patient(), newPlan,
                AlertType.RED_FLAG_SYMPTOM, null, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress WHERE patient_id = ? AND plan_status = 'PAUSED'",
                p.patient()) == 1);
        logSession(p.patient(), session(newPlan, daysAgo(0), 3, 5)).statusCode(422);
    }

    @Test
    void aReviewFlagRaisesItsAlertAndTheRunningPlanGoesOn() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));

        logCheckIn(p.patient(), checkIn(today(), 3, List.of("FEVER", "OSTEOPOROSIS"))).statusCode(201)
                .body("alertsRaised", contains("REVIEW_FLAG_SYMPTOM"))
                .body("advice[0]", containsString("doctor"))
                .body("advice", hasItem(EmergencySigns.ALL));
        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 5)).statusCode(201);

        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient()).then()
                .body("openAlerts.type", contains("REVIEW_FLAG_SYMPTOM"))
                .body("openAlerts[0].detail", containsString("FEVER, OSTEOPOROSIS"));
        assertThat(EventProbe.events(Topics.PROGRESS_ALERTS,
                        e -> e.key().equals(p.patient()) && e instanceof RedFlagReported, 1,
                        Duration.ofSeconds(20), Duration.ofSeconds(1)))
                .singleElement().isInstanceOfSatisfying(RedFlagReported.class,
                        r -> assertThat(r.severity()).isEqualTo(RedFlag.Severity.REVIEW));
    }

    @Test
    void aClearanceResolvesTheRedFlagAlertsSoTheNextEmergencyRaisesANewOne() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        logCheckIn(p.patient(), checkIn(today(), 3, List.of("SADDLE_NUMBNESS"))).statusCode(201)
                .body("alertsRaised", contains("RED_FLAG_SYMPTOM"));
        logCheckIn(p.patient(), checkIn(today(), 3, List.of("FEVER"))).statusCode(201)
                .body("alertsRaised", contains("REVIEW_FLAG_SYMPTOM"));

        EventProbe.publish(new ClearanceRecorded(UUID.randomUUID(), Instant.now(), p.patient(), p.therapist(),
                UUID.randomUUID(), List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM alert WHERE patient_id = ? AND resolved_at IS NULL", p.patient()) == 0);
        assertThat(TestDatabase.count("SELECT count(*) FROM alert WHERE patient_id = ? AND resolved_by = ?",
                p.patient(), p.therapist())).isEqualTo(2);
        assertThat(EventProbe.events(Topics.PROGRESS_ALERTS,
                e -> e.key().equals(p.patient()) && e instanceof AlertResolved, 2, Duration.ofSeconds(20),
                Duration.ofSeconds(1))).hasSize(2);

        logCheckIn(p.patient(), checkIn(today(), 3, List.of("WORSENING_NUMBNESS"))).statusCode(201)
                .body("alertsRaised", contains("RED_FLAG_SYMPTOM"));
    }

    @Test
    void aSafetyReviewFromProgramOpensASafetyReviewAlertForTheTherapist() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        EventProbe.publish(new SafetyReviewRequired(UUID.randomUUID(), Instant.now(), p.patient(), p.planId(),
                UUID.randomUUID(), List.of(new SafetyReviewRequired.Warning("END_RANGE_WITH_SCIATIC",
                ProgressFixtures.DEAD_BUG))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.therapist(p.therapist()))
                        .when().get("/api/patients/{id}/progress", p.patient()).then()
                        .body("openAlerts.type", contains("SAFETY_REVIEW"))
                        .body("openAlerts[0].detail", containsString("END_RANGE_WITH_SCIATIC")));
    }
}
