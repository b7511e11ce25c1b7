package org.telerehab.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.e2e.ClinicalSteps.CROSSING;
import static org.telerehab.e2e.ClinicalSteps.DEAD_BUG;
import static org.telerehab.e2e.ClinicalSteps.KNEE_TO_CHEST;
import static org.telerehab.e2e.ClinicalSteps.item;
import static org.telerehab.e2e.ClinicalSteps.plan;
import static org.telerehab.e2e.Platform.INTAKE;
import static org.telerehab.e2e.Platform.PATIENT2;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.as;

/**
 * The contract's loop through every service and every topic, black-box: each step that crosses a service boundary
 * is an event that went through an outbox, the real broker and an idempotent consumer.
 *
 * <p>It drives patient2 with therapist2: {@link PortalBrowserIT} drives patient1 (the story) with therapist1
 * on the same fresh platform, in either order, and reads therapist1's worklist from the top, so nothing here is cared
 * for by therapist1; every check names patient2 and nothing assumes the worklist, the caseload or the alerts hold
 * patient2 alone.
 */
@ExtendWith(RunningPlatform.class)
class ClinicalLoopIT {

    private static final String THERAPIST = "therapist2";

    @Test
    void screenTriageCarePlanLogAlertAndPause() {
        // patient2 screens: sciatic presentation, baseline 5 (intake)
        String screening = as("patient2").body(ClinicalSteps.screening(true))
                .when().post(INTAKE + "/api/screenings")
                .then().statusCode(201).body("painTypes", contains("LUMBAR", "SCIATIC"))
                .body("odi.percent", equalTo(42)).body("odi.sectionsAnswered", equalTo(9)).extract().path("id");

        // ScreeningCompleted: intake -> program's worklist
        await().atMost(CROSSING).untilAsserted(() -> as(THERAPIST).when().get(PROGRAM + "/api/worklist")
                .then().statusCode(200)
                .body("find { it.patientId == '" + PATIENT2 + "' }.screeningId", equalTo(screening))
                .body("find { it.patientId == '" + PATIENT2 + "' }.status", equalTo("NEW")));

        as(THERAPIST).when().post(PROGRAM + "/api/patients/{id}/care", PATIENT2).then().statusCode(201);

        // PatientTakenIntoCare: program -> intake (therapist may now read) and progress (caseload)
        await().atMost(CROSSING).untilAsserted(() -> as(THERAPIST)
                .when().get(INTAKE + "/api/screenings/{id}", screening).then().statusCode(200));
        await().atMost(CROSSING).untilAsserted(() -> as(THERAPIST).when().get(PROGRESS + "/api/caseload")
                .then().statusCode(200).body("patientId", hasItem(PATIENT2.toString())));

        // the safety check: knee-to-chest for a sciatic patient, scheduled without a morning limit
        as(THERAPIST).body(plan(item(KNEE_TO_CHEST, null), item(DEAD_BUG, null)))
                .when().post(PROGRAM + "/api/patients/{id}/plans", PATIENT2)
                .then().statusCode(422)
                .body("warnings.code", containsInAnyOrder("FLEXION_WITH_SCIATIC", "MORNING_FLEXION",
                        "FLEXION_STRETCH_FOR_BACK_PAIN"))
                .body("warnings.exerciseId", everyItem(equalTo(KNEE_TO_CHEST)));
        String planId = as(THERAPIST).body(plan(item(KNEE_TO_CHEST, null, "FLEXION_WITH_SCIATIC", "MORNING_FLEXION",
                        "FLEXION_STRETCH_FOR_BACK_PAIN"), item(DEAD_BUG, null)))
                .when().post(PROGRAM + "/api/patients/{id}/plans", PATIENT2)
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");

        as("patient2").when().get(PROGRAM + "/api/patients/{id}/plans/active", PATIENT2)
                .then().statusCode(200).body("id", equalTo(planId))
                .body("items[0].exercise.name", equalTo("Knee-to-chest stretch"));

        // PlanAssigned: program -> progress; then a session with high pain raises FLARE
        Map<String, Object> session = Map.of("planId", planId, "performedAt", Instant.now().toString(),
                "exercises", List.of(Map.of("exerciseId", DEAD_BUG, "setsDone", 3, "repsDone", 10)),
                "painBefore", 8, "painAfter", 7, "perceivedIntensity", 6, "notes", "hurt today");
        await().atMost(CROSSING).untilAsserted(() -> as("patient2").body(session)
                .when().post(PROGRESS + "/api/sessions").then().statusCode(201)
                .body("alertsRaised", contains("FLARE")));
        as("patient2").when().get(PROGRESS + "/api/patients/{id}/progress", PATIENT2).then().statusCode(200)
                .body("sessionsLogged", equalTo(1)).body("baselinePain", equalTo(5))
                .body("openAlerts.type", contains("FLARE"));

        // AlertRaised: progress -> program's worklist, exactly one alert
        await().atMost(CROSSING).untilAsserted(() -> as(THERAPIST).when().get(PROGRAM + "/api/worklist")
                .then().body("find { it.patientId == '" + PATIENT2 + "' }.openAlerts.type", contains("FLARE")));

        // a red flag reported at check-in: the patient is told to seek care; program pauses the plan
        as("patient2").body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "pain", 6,
                        "redFlags", List.of("BLADDER_BOWEL_CHANGE")))
                .when().post(PROGRESS + "/api/checkins").then().statusCode(201)
                .body("alertsRaised", contains("RED_FLAG_SYMPTOM"));
        await().atMost(CROSSING).untilAsserted(() -> as("patient2")
                .when().get(PROGRAM + "/api/patients/{id}/plans/active", PATIENT2)
                .then().body("status", equalTo("PAUSED")));
        // progress refuses sessions on the paused plan
        await().atMost(CROSSING).untilAsserted(() -> as("patient2").body(session)
                .when().post(PROGRESS + "/api/sessions").then().statusCode(422));
        as("patient2").when().get(PROGRESS + "/api/patients/{id}/progress", PATIENT2)
                .then().body("sessionsLogged", equalTo(1));
    }
}
