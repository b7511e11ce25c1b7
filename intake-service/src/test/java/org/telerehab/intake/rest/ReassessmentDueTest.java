package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.intake.rest.ScreeningRequests.reassess;
import static org.telerehab.intake.rest.ScreeningRequests.reassessment;

/** When a re-assessment is due (weeks 2, 6 and 12 of the plan, unless it names its own), for the patient's home. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReassessmentDueTest {

    private final UUID patient = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();
    private final UUID planId = UUID.randomUUID();

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private void onPlan(LocalDate start, List<Integer> weeks) {
        ScreeningRequests.screenWithPain(patient, 6);
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        assign(planId, 1, start, weeks);
    }

    private void assign(UUID plan, int version, LocalDate start, List<Integer> weeks) {
        EventProbe.publish(new PlanAssigned(UUID.randomUUID(), Instant.now(), patient, plan, version, therapist, start,
                3, List.of(), weeks, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM active_plan WHERE patient_id = ? AND version = ?", patient, version) == 1);
    }

    private io.restassured.response.ValidatableResponse due() {
        return given().auth().oauth2(TestTokens.patient(patient))
                .when().get("/api/patients/{id}/reassessments/due", patient).then().statusCode(200);
    }

    @Test
    void weekTwoIsDueFromItsFirstDayUntilDone() {
        onPlan(today().minusDays(6), null); // day 6: still week 1
        due().body("week", nullValue());
        assign(UUID.randomUUID(), 2, today().minusDays(7), null); // a new plan version: its week 2 began today
        due().body("week", equalTo(2)).body("dueFrom", equalTo(today().toString()));
        // the caring therapist sees it too
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().get("/api/patients/{id}/reassessments/due", patient).then().statusCode(200)
                .body("week", equalTo(2));

        reassess(patient, reassessment(4, null)).statusCode(201);
        due().body("week", nullValue()).body("dueFrom", nullValue());
    }

    /** registry-service announced the patient's time zone, and intake-service has it. */
    private void livesIn(ZoneId zone) {
        EventProbe.publish(new PatientEnrolled(UUID.randomUUID(), Instant.now(), patient, "en", zone.getId(), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_time_zone WHERE patient_id = ? AND time_zone = ?", patient,
                zone.getId()) == 1);
    }

    // Kiritimati (UTC+14) is a day ahead of UTC from 10:00 UTC, Pago Pago (UTC-11) a day behind until 11:00 UTC: at
    // any hour one of the two tests fails when the days are counted in UTC.

    @Test
    void weekTwoBeginsOnThePatientsOwnDayAheadOfUtc() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        livesIn(kiritimati);
        LocalDate theirToday = LocalDate.now(kiritimati);
        onPlan(theirToday.minusDays(7), null); // their week 2 began today
        due().body("week", equalTo(2)).body("dueFrom", equalTo(theirToday.toString()));
    }

    @Test
    void weekTwoBeginsOnThePatientsOwnDayBehindUtc() {
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");
        livesIn(pagoPago);
        onPlan(LocalDate.now(pagoPago).minusDays(6), null); // their day 6: still week 1
        due().body("week", nullValue());
    }

    @Test
    void aPlanNamesItsOwnWeeksAndADischargeEndsThem() {
        onPlan(today(), List.of(1, 4));
        due().body("week", equalTo(1));

        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), Instant.now(), patient, therapist, planId));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM active_plan WHERE patient_id = ?", patient) == 0);
        due().body("week", nullValue());
    }
}
