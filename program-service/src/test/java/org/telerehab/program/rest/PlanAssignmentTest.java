package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.telerehab.program.rest.ProgramFixtures.BIRD_DOG;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.KNEE_TO_CHEST;
import static org.telerehab.program.rest.ProgramFixtures.LIZARD;
import static org.telerehab.program.rest.ProgramFixtures.PIGEON;
import static org.telerehab.program.rest.ProgramFixtures.assign;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PlanAssignmentTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void redFlagBlocksAssignmentUntilTheCaringTherapistRecordsAClearance() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.PHYSICIAN_REVIEW, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);

        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(409)
                .contentType("application/problem+json");
        assertThat(ProgramFixtures.plansOf(patient)).isZero();

        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(Map.of("note", "GP letter 2026-11-20: night pain explained, cleared for exercise"))
                .when().post("/api/patients/{id}/clearance", patient)
                .then().statusCode(200).body("clearedBy", equalTo(therapist.toString()));

        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201).body("version", equalTo(1));
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).extracting(TelerehabEvent::type)
                .containsExactly("PatientTakenIntoCare", "ClearanceRecorded", "PlanAssigned");
    }

    @Test
    void unacknowledgedWarningsAnswer422WithNothingWrittenThen201OnceAcknowledged() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR, Region.SCIATIC);
        ProgramFixtures.takeIntoCare(therapist, patient);
        Map<String, Object> body = plan(item(KNEE_TO_CHEST, 8, null), item(BIRD_DOG, 6, null));

        assign(therapist, patient, body).statusCode(422)
                .contentType("application/problem+json")
                .body("warnings.code", containsInAnyOrder("FLEXION_WITH_SCIATIC", "MORNING_FLEXION",
                        "INTENSITY_OVER_CAP", "FLEXION_STRETCH_FOR_BACK_PAIN"))
                .body("warnings.exerciseId", everyItem(equalTo(KNEE_TO_CHEST.toString())));
        assertThat(ProgramFixtures.plansOf(patient)).isZero();
        assertThat(ProgramFixtures.outboxOf(patient, "PlanAssigned")).isZero();

        body.put("acknowledgedWarnings", List.of("FLEXION_WITH_SCIATIC", "MORNING_FLEXION"));
        assign(therapist, patient, body).statusCode(422)
                .body("warnings.code", contains("INTENSITY_OVER_CAP", "FLEXION_STRETCH_FOR_BACK_PAIN"));

        // the rest acknowledged at the exercise that raised them
        @SuppressWarnings("unchecked")
        Map<String, Object> kneeToChest = ((List<Map<String, Object>>) body.get("items")).get(0);
        kneeToChest.put("acknowledgedWarnings", List.of("INTENSITY_OVER_CAP", "FLEXION_STRETCH_FOR_BACK_PAIN"));
        assign(therapist, patient, body).statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("acknowledgedWarnings", hasSize(4))
                .body("acknowledgedWarnings.exerciseId", everyItem(equalTo(KNEE_TO_CHEST.toString())))
                .body("acknowledgedWarnings.by", everyItem(equalTo(therapist.toString())))
                .body("acknowledgedWarnings[0].at", notNullValue())
                .body("items[0].exercise.name", equalTo("Knee-to-chest stretch"));
    }

    @Test
    void versionTwoSupersedesVersionOneAndEachIsAnnouncedExactlyOnce() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);

        String v1 = assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201)
                .body("version", equalTo(1)).body("reassessmentWeeks", org.hamcrest.Matchers.contains(2, 6, 12))
                .extract().path("id");
        var second = plan(item(BIRD_DOG, 6, null));
        second.put("reassessmentWeeks", List.of(8, 4, 4)); // the plan's own weeks, in order, each once
        String v2 = assign(therapist, patient, second).statusCode(201)
                .body("version", equalTo(2)).body("reassessmentWeeks", org.hamcrest.Matchers.contains(4, 8))
                .extract().path("id");

        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/patients/{id}/plans/active", patient)
                .then().statusCode(200).body("id", equalTo(v2)).body("version", equalTo(2))
                .body("items[0].exerciseId", equalTo(BIRD_DOG.toString()))
                .body("items[0].exercise.steps.size()", org.hamcrest.Matchers.greaterThan(2));

        List<PlanAssigned> assigned = EventProbe.events(Topics.PROGRAM_CARE,
                        e -> e.key().equals(patient) && e instanceof PlanAssigned, 2,
                        Duration.ofSeconds(20), Duration.ofSeconds(2))
                .stream().map(PlanAssigned.class::cast).toList();
        assertThat(assigned).extracting(PlanAssigned::version).containsExactly(1, 2);
        assertThat(assigned).extracting(p -> p.planId().toString()).containsExactly(v1, v2);
        assertThat(assigned.get(1).sessionsPerWeek()).isEqualTo(3);
        assertThat(assigned).extracting(PlanAssigned::reassessmentWeeks)
                .containsExactly(List.of(2, 6, 12), List.of(4, 8));
        assertThat(assigned.get(1).items()).singleElement()
                .satisfies(i -> assertThat(i.exerciseId()).isEqualTo(BIRD_DOG));
    }

    @Test
    void anAcknowledgementAtOneExerciseDoesNotCoverTheSameWarningAtAnother() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.SCIATIC);
        ProgramFixtures.takeIntoCare(therapist, patient);
        Map<String, Object> pigeon = item(PIGEON, 6, null);
        Map<String, Object> lizard = item(LIZARD, 6, null);
        pigeon.put("acknowledgedWarnings", List.of("END_RANGE_WITH_SCIATIC"));

        assign(therapist, patient, plan(pigeon, lizard)).statusCode(422)
                .body("warnings.code", contains("END_RANGE_WITH_SCIATIC"))
                .body("warnings.exerciseId", contains(LIZARD.toString()));
        assertThat(ProgramFixtures.plansOf(patient)).isZero();

        lizard.put("acknowledgedWarnings", List.of("END_RANGE_WITH_SCIATIC"));
        assign(therapist, patient, plan(pigeon, lizard)).statusCode(201)
                .body("acknowledgedWarnings.code", contains("END_RANGE_WITH_SCIATIC", "END_RANGE_WITH_SCIATIC"))
                .body("acknowledgedWarnings.exerciseId", contains(PIGEON.toString(), LIZARD.toString()));
    }

    @Test
    void aPausingAlertAloneDoesNotPauseThePlanTheRedFlagReportDoes() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        String planId = assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201)
                .extract().path("id");

        AlertRaised alert = new AlertRaised(UUID.randomUUID(), Instant.now(), patient, UUID.randomUUID(),
                AlertType.RED_FLAG_SYMPTOM, List.of(RedFlag.BLADDER_BOWEL_CHANGE));
        EventProbe.publish(alert);
        await().atMost(Duration.ofSeconds(20)).until(() -> org.telerehab.testsupport.TestDatabase.count(
                "SELECT count(*) FROM open_alert WHERE alert_id = ?", alert.alertId()) == 1);
        assertThat(ProgramFixtures.planIs(planId, "ACTIVE")).isTrue();

        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.BLADDER_BOWEL_CHANGE);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.therapist(therapist))
                        .when().get("/api/patients/{id}/plans/active", patient)
                        .then().statusCode(200).body("status", equalTo("PAUSED")));
        List<TelerehabEvent> paused = EventProbe.events(Topics.PROGRAM_CARE,
                e -> e.key().equals(patient) && e instanceof PlanPaused, 1, Duration.ofSeconds(20),
                Duration.ofSeconds(2));
        assertThat(paused).singleElement().satisfies(e ->
                assertThat(((PlanPaused) e).planId()).hasToString(planId));
        assign(therapist, patient, plan(item(BIRD_DOG, 6, null))).statusCode(409);
    }

    @Test
    void accessFollowsCare() {
        UUID patient1 = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient1);
        assign(therapist, patient1, plan(item(DEAD_BUG, 6, null))).statusCode(201);

        UUID therapist2 = UUID.randomUUID();
        assign(therapist2, patient1, plan(item(DEAD_BUG, 6, null))).statusCode(403);
        given().auth().oauth2(TestTokens.therapist(therapist2)).when().get("/api/patients/{id}/plans/active", patient1)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID()))
                .when().get("/api/patients/{id}/plans/active", patient1)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.patient(patient1)).contentType("application/json")
                .body(plan(item(DEAD_BUG, 6, null)))
                .when().post("/api/patients/{id}/plans", patient1).then().statusCode(403);
        assertThat(ProgramFixtures.plansOf(patient1)).isEqualTo(1);
    }
}
