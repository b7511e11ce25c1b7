package org.telerehab.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.e2e.ClinicalSteps.CROSSING;
import static org.telerehab.e2e.ClinicalSteps.KNEE_TO_CHEST;
import static org.telerehab.e2e.ClinicalSteps.PIGEON;
import static org.telerehab.e2e.ClinicalSteps.assign;
import static org.telerehab.e2e.ClinicalSteps.assignDeadBug;
import static org.telerehab.e2e.ClinicalSteps.awaitOnWorklist;
import static org.telerehab.e2e.ClinicalSteps.awaitOpenReport;
import static org.telerehab.e2e.ClinicalSteps.awaitPlanStatus;
import static org.telerehab.e2e.ClinicalSteps.awaitSessionAccepted;
import static org.telerehab.e2e.ClinicalSteps.checkIn;
import static org.telerehab.e2e.ClinicalSteps.clear;
import static org.telerehab.e2e.ClinicalSteps.entry;
import static org.telerehab.e2e.ClinicalSteps.item;
import static org.telerehab.e2e.ClinicalSteps.logSession;
import static org.telerehab.e2e.ClinicalSteps.plan;
import static org.telerehab.e2e.ClinicalSteps.screen;
import static org.telerehab.e2e.ClinicalSteps.screenedAndInCare;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.as;

/**
 * Issue 12's broken paths, each across the services with real tokens, Kafka and databases: a red flag is a state
 * that only a clearance ends, every emergency pauses whatever plan runs, a review flag at a check-in blocks new plans,
 * an emergency nobody acts on reaches the admins, and a safety warning is acknowledged for its exercise only.
 *
 * <p>Each test has a patient of its own ({@link FreshPatient}) cared for by therapist2, so the tests run in any order
 * and never touch the demo patients or therapist1's worklist, which the browser story reads.
 */
@ExtendWith(RunningPlatform.class)
class RedFlagLoopIT {

    private static final String THERAPIST = "therapist2";
    private static final String THERAPIST_ID = "44444444-4444-4444-8444-444444444444";

    @Test
    void aCleanReScreenKeepsTheBlockUntilAClearance() {
        FreshPatient p = FreshPatient.create("rescreen-clean");
        String first = screen(p.user(), false, "SADDLE_NUMBNESS");
        awaitOnWorklist(THERAPIST, p.id(), first);
        as(THERAPIST).when().post(PROGRAM + "/api/patients/{id}/care", p.id()).then().statusCode(201);

        // the patient screens again and ticks nothing: still blocked
        String second = screen(p.user(), false);
        awaitOnWorklist(THERAPIST, p.id(), second);
        assign(THERAPIST, p.id(), plan(item(ClinicalSteps.DEAD_BUG, null))).statusCode(409)
                .body("type", endsWith("red-flag-not-cleared"));
        as(THERAPIST).when().get(PROGRAM + "/api/worklist").then()
                .body(entry(p.id()) + ".status", equalTo("BLOCKED"))
                .body(entry(p.id()) + ".openRedFlags.severity", contains("EMERGENCY"));
        String report = as(THERAPIST).when().get(PROGRAM + "/api/patients/{id}/red-flags", p.id()).then()
                .statusCode(200).body("", hasSize(1)).body("[0].state", equalTo("OPEN"))
                .body("[0].source", equalTo("SCREENING")).body("[0].flags", contains("SADDLE_NUMBNESS"))
                .extract().path("[0].id");

        clear(THERAPIST, p.id(), "Seen by Dr Lee in A&E: no cauda equina, cleared for exercise").statusCode(200)
                .body("reportIds", contains(report)).body("clearedBy", equalTo(THERAPIST_ID));
        assignDeadBug(THERAPIST, p.id());
        as(p.user()).when().get(PROGRAM + "/api/patients/{id}/red-flags", p.id()).then()
                .body("[0].state", equalTo("CLEARED")).body("[0].clearedBy", equalTo(THERAPIST_ID));
    }

    @Test
    void aReScreenWithAnEmergencyPausesTheRunningPlanAndProgressRefusesSessions() {
        FreshPatient p = FreshPatient.create("rescreen-emergency");
        screenedAndInCare(THERAPIST, p, false);
        String planId = assignDeadBug(THERAPIST, p.id());
        awaitSessionAccepted(p.user(), planId);

        screen(p.user(), false, "BILATERAL_LEG_SYMPTOMS");

        awaitPlanStatus(p.user(), p.id(), planId, "PAUSED");
        await().atMost(CROSSING).untilAsserted(() -> logSession(p.user(), planId).statusCode(422));
        as(THERAPIST).when().get(PROGRAM + "/api/worklist").then()
                .body(entry(p.id()) + ".status", equalTo("BLOCKED"));
        as(p.user()).when().get(PROGRESS + "/api/patients/{id}/progress", p.id()).then()
                .body("sessionsLogged", equalTo(1));
    }

    @Test
    void aSecondEmergencyAtCheckInAfterAClearanceRaisesANewAlertAndPausesTheNewPlan() {
        FreshPatient p = FreshPatient.create("second-emergency");
        screenedAndInCare(THERAPIST, p, false);
        String first = assignDeadBug(THERAPIST, p.id());
        awaitSessionAccepted(p.user(), first);

        checkIn(p.user(), "SEVERE_LEG_WEAKNESS").statusCode(201).body("alertsRaised", contains("RED_FLAG_SYMPTOM"));
        awaitPlanStatus(p.user(), p.id(), first, "PAUSED");
        awaitOpenReport(THERAPIST, p.id(), "EMERGENCY");
        clear(THERAPIST, p.id(), "GP reviewed: weakness from a sprained ankle, cleared").statusCode(200);
        String second = assignDeadBug(THERAPIST, p.id());
        awaitSessionAccepted(p.user(), second);

        // the clearance resolved the first report's alert (progress took ClearanceRecorded before the new plan, same
        // partition), so the new emergency opens a new alert instead of hiding behind one nobody will look at again
        checkIn(p.user(), "SADDLE_NUMBNESS").statusCode(201).body("alertsRaised", contains("RED_FLAG_SYMPTOM"))
                .body("advice", hasItem(org.hamcrest.Matchers.containsString("Seek medical care now")));
        as(p.user()).when().get(PROGRESS + "/api/patients/{id}/progress", p.id()).then()
                .body("openAlerts.type", contains("RED_FLAG_SYMPTOM"));
        logSession(p.user(), second).statusCode(422);
        awaitPlanStatus(p.user(), p.id(), second, "PAUSED");
        as(THERAPIST).when().get(PROGRAM + "/api/patients/{id}/red-flags", p.id()).then()
                .body("state", contains("OPEN", "CLEARED"));
        assign(THERAPIST, p.id(), plan(item(ClinicalSteps.DEAD_BUG, null))).statusCode(409);
    }

    @Test
    void aReviewFlagAtCheckInRaisesTheAlertAndBlocksNewPlansWhileTheRunningPlanContinues() {
        FreshPatient p = FreshPatient.create("review-checkin");
        screenedAndInCare(THERAPIST, p, false);
        String planId = assignDeadBug(THERAPIST, p.id());
        awaitSessionAccepted(p.user(), planId);

        checkIn(p.user(), "FEVER", "NIGHT_PAIN").statusCode(201)
                .body("alertsRaised", contains("REVIEW_FLAG_SYMPTOM"))
                .body("advice", hasItem(org.hamcrest.Matchers.containsString("doctor")));

        awaitOpenReport(THERAPIST, p.id(), "REVIEW");
        assign(THERAPIST, p.id(), plan(item(ClinicalSteps.DEAD_BUG, null))).statusCode(409);
        as(THERAPIST).when().get(PROGRAM + "/api/worklist").then()
                .body(entry(p.id()) + ".status", equalTo("BLOCKED"))
                .body(entry(p.id()) + ".openRedFlags[0].flags", containsInAnyOrder("FEVER", "NIGHT_PAIN"));
        // the running plan goes on
        logSession(p.user(), planId).statusCode(201);
        as(p.user()).when().get(PROGRAM + "/api/patients/{id}/plans/active", p.id()).then()
                .body("status", equalTo("ACTIVE"));
        await().atMost(CROSSING).untilAsserted(() -> as(THERAPIST).when().get(PROGRAM + "/api/worklist").then()
                .body(entry(p.id()) + ".openAlerts.type", hasItem("REVIEW_FLAG_SYMPTOM")));
    }

    @Test
    void anEmergencyNobodyActsOnIsEscalatedToTheAdminsAndOneActedOnIsNot() {
        // the e2e platform escalates after 20 s (e2e-tests/pom.xml), not the clinic default of an hour
        FreshPatient acted = FreshPatient.create("escalation-acted");
        FreshPatient ignored = FreshPatient.create("escalation-ignored");
        screenedAndInCare(THERAPIST, acted, false);
        screenedAndInCare(THERAPIST, ignored, false);
        checkIn(acted.user(), "WORSENING_NUMBNESS").statusCode(201);
        checkIn(ignored.user(), "WORSENING_NUMBNESS").statusCode(201);

        String actedOn = awaitOpenReport(THERAPIST, acted.id(), "EMERGENCY");
        as(THERAPIST).when().post(PROGRAM + "/api/patients/{id}/red-flags/{report}/acknowledge", acted.id(), actedOn)
                .then().statusCode(200).body("acknowledgedBy", equalTo(THERAPIST_ID))
                .body("state", equalTo("OPEN"));
        String waiting = awaitOpenReport(THERAPIST, ignored.id(), "EMERGENCY");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("admin1")
                .when().get(PROGRAM + "/api/red-flags/escalated").then().statusCode(200)
                .body("report.id", hasItem(waiting)));
        as("admin1").when().get(PROGRAM + "/api/red-flags/escalated").then()
                .body("report.id", not(hasItem(actedOn)))
                .body("find { it.report.id == '" + waiting + "' }.patientId", equalTo(ignored.id().toString()));
        as(THERAPIST).when().get(PROGRAM + "/api/worklist").then()
                .body(entry(ignored.id()) + ".openRedFlags[0].escalatedAt", notNullValue())
                .body(entry(acted.id()) + ".openRedFlags[0].escalatedAt", nullValue());
        as(THERAPIST).when().get(PROGRAM + "/api/red-flags/escalated").then().statusCode(403);

        // a clearance takes it off the admins' list
        clear(THERAPIST, ignored.id(), "Reached by phone, seen at A&E, cleared").statusCode(200);
        as("admin1").when().get(PROGRAM + "/api/red-flags/escalated").then()
                .body("report.id", not(hasItem(waiting)));
    }

    @Test
    void theNewWarningsFireAtTheirExerciseAndAreAcknowledgedForThatExerciseOnly() {
        FreshPatient p = FreshPatient.create("warnings");
        screenedAndInCare(THERAPIST, p, true);

        // knee-to-chest and pigeon for a sciatic patient
        assign(THERAPIST, p.id(), plan(item(KNEE_TO_CHEST, 60), item(PIGEON, null))).statusCode(422)
                .body("warnings.findAll { it.exerciseId == '" + KNEE_TO_CHEST + "' }.code",
                        containsInAnyOrder("FLEXION_WITH_SCIATIC", "FLEXION_STRETCH_FOR_BACK_PAIN"))
                .body("warnings.findAll { it.exerciseId == '" + PIGEON + "' }.code",
                        contains("END_RANGE_WITH_SCIATIC"));

        // an acknowledgement at one exercise does not cover the same code at another
        assign(THERAPIST, p.id(), plan(
                item(KNEE_TO_CHEST, 60, "FLEXION_WITH_SCIATIC"),
                item(PIGEON, null, "END_RANGE_WITH_SCIATIC", "FLEXION_STRETCH_FOR_BACK_PAIN"))).statusCode(422)
                .body("warnings.code", contains("FLEXION_STRETCH_FOR_BACK_PAIN"))
                .body("warnings.exerciseId", contains(KNEE_TO_CHEST));

        assign(THERAPIST, p.id(), plan(
                item(KNEE_TO_CHEST, 60, "FLEXION_WITH_SCIATIC", "FLEXION_STRETCH_FOR_BACK_PAIN"),
                item(PIGEON, null, "END_RANGE_WITH_SCIATIC"))).statusCode(201)
                .body("acknowledgedWarnings", hasSize(3))
                .body("acknowledgedWarnings.find { it.code == 'END_RANGE_WITH_SCIATIC' }.exerciseId", equalTo(PIGEON))
                .body("acknowledgedWarnings.by", org.hamcrest.Matchers.everyItem(equalTo(THERAPIST_ID)))
                .body("acknowledgedWarnings.at", org.hamcrest.Matchers.everyItem(notNullValue()));
    }

}
