package org.telerehab.e2e;

import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.e2e.Platform.INTAKE;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.as;

/**
 * The clinical loop's steps as the contract's HTTP calls, shared by the end-to-end tests that drive them. A step
 * that waits for an event to cross Kafka says so ({@code await...}).
 */
final class ClinicalSteps {

    static final Duration CROSSING = Duration.ofSeconds(30);

    static final String DEAD_BUG = "5eed0e00-0000-4000-8000-000000000003";
    static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    static final String PIGEON = "5eed0e00-0000-4000-8000-000000000016";

    private ClinicalSteps() {
    }

    /** A screening body: lower-back pain (spreading below the knee when {@code sciatic}), baseline 5, medium risk. */
    static Map<String, Object> screening(boolean sciatic, String... redFlags) {
        return Map.of("painRegions", List.of("LUMBAR"), "radiatesBelowKnee", sciatic, "painNow", 6,
                "painAverageWeek", 5, "symptomWeeks", 14, "redFlags", List.of(redFlags),
                "startBack", Map.of("items", List.of(true, true, false, false, true, false, false, false),
                        "bothersomeness", "MODERATELY"),
                "odi", Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 3, null), "wakeTime", "06:30");
    }

    /** The patient screens; answers the screening's id. */
    static String screen(String patient, boolean sciatic, String... redFlags) {
        return as(patient).body(screening(sciatic, redFlags)).when().post(INTAKE + "/api/screenings")
                .then().statusCode(201).extract().path("id");
    }

    /** ScreeningCompleted has reached program: the worklist shows this screening as the patient's latest. */
    static void awaitOnWorklist(String therapist, UUID patient, String screeningId) {
        await().atMost(CROSSING).untilAsserted(() -> as(therapist).when().get(PROGRAM + "/api/worklist")
                .then().statusCode(200).body(entry(patient) + ".screeningId", equalTo(screeningId)));
    }

    /** A clean screening, taken into the therapist's care. */
    static void screenedAndInCare(String therapist, FreshPatient patient, boolean sciatic) {
        awaitOnWorklist(therapist, patient.id(), screen(patient.user(), sciatic));
        as(therapist).when().post(PROGRAM + "/api/patients/{id}/care", patient.id()).then().statusCode(201);
    }

    /** The GPath of a patient's worklist entry. */
    static String entry(UUID patient) {
        return "find { it.patientId == '" + patient + "' }";
    }

    static Map<String, Object> item(String exerciseId, Integer notWithinMinutesOfWaking, String... acknowledged) {
        Map<String, Object> item = new HashMap<>(Map.of("exerciseId", exerciseId, "sets", 2, "reps", 8,
                "holdSeconds", 0, "intensityCap", 6, "acknowledgedWarnings", List.of(acknowledged)));
        item.put("notWithinMinutesOfWaking", notWithinMinutesOfWaking);
        return item;
    }

    @SafeVarargs
    static Map<String, Object> plan(Map<String, Object>... items) {
        return Map.of("startDate", LocalDate.now(ZoneOffset.UTC).toString(), "sessionsPerWeek", 3,
                "habitCues", List.of(Map.of("trigger", "I stand up from my desk", "action", "3 cat-cows")),
                "items", List.of(items), "acknowledgedWarnings", List.of());
    }

    static ValidatableResponse assign(String therapist, UUID patient, Map<String, Object> plan) {
        return as(therapist).body(plan).when().post(PROGRAM + "/api/patients/{id}/plans", patient).then();
    }

    /** A plan of one dead bug (no safety warning for a lumbar patient); answers its id. */
    static String assignDeadBug(String therapist, UUID patient) {
        return assign(therapist, patient, plan(item(DEAD_BUG, null))).statusCode(201).extract().path("id");
    }

    /** A fresh patient, screened, in therapist2's care, with a plan of one dead bug from today (3 a week). */
    static FreshPatient freshPatientWithPlan(String prefix) {
        FreshPatient patient = FreshPatient.create(prefix);
        screenedAndInCare("therapist2", patient, false);
        assignDeadBug("therapist2", patient.id());
        return patient;
    }

    static Map<String, Object> session(String planId) {
        return Map.of("planId", planId, "performedAt", Instant.now().toString(),
                "exercises", List.of(Map.of("exerciseId", DEAD_BUG, "setsDone", 2, "repsDone", 8)),
                "painBefore", 4, "painAfter", 4, "perceivedIntensity", 6);
    }

    static ValidatableResponse logSession(String patient, String planId) {
        return as(patient).body(session(planId)).when().post(PROGRESS + "/api/sessions").then();
    }

    /** PlanAssigned has reached progress: a session on the plan is accepted. */
    static void awaitSessionAccepted(String patient, String planId) {
        await().atMost(CROSSING).untilAsserted(() -> logSession(patient, planId).statusCode(201));
    }

    static ValidatableResponse checkIn(String patient, String... redFlags) {
        return as(patient).body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "pain", 5,
                "redFlags", List.of(redFlags))).when().post(PROGRESS + "/api/checkins").then();
    }

    static void awaitPlanStatus(String patient, UUID patientId, String planId, String status) {
        await().atMost(CROSSING).untilAsserted(() -> as(patient)
                .when().get(PROGRAM + "/api/patients/{id}/plans/active", patientId)
                .then().statusCode(200).body("id", equalTo(planId)).body("status", equalTo(status)));
    }

    /** The report reached program-service and is open; answers its id. */
    static String awaitOpenReport(String therapist, UUID patient, String severity) {
        await().atMost(CROSSING).untilAsserted(() -> as(therapist)
                .when().get(PROGRAM + "/api/patients/{id}/red-flags", patient)
                .then().statusCode(200).body("findAll { it.state == 'OPEN' }.severity", hasItem(severity)));
        return as(therapist).when().get(PROGRAM + "/api/patients/{id}/red-flags", patient).then()
                .extract().path("find { it.state == 'OPEN' && it.severity == '" + severity + "' }.id");
    }

    static ValidatableResponse clear(String therapist, UUID patient, String note) {
        return as(therapist).body(Map.of("note", note))
                .when().post(PROGRAM + "/api/patients/{id}/clearance", patient).then();
    }
}
