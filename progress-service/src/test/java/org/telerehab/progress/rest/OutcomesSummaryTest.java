package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.codes.RiskLevel;
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
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.progress.rest.ProgressFixtures.screening;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/**
 * The clinic's results over a seeded caseload, against figures computed by hand: a therapist sees their caseload's,
 * an admin the clinic's.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OutcomesSummaryTest {

    @Test
    void aTherapistsCaseloadFiguresComputedByHand() {
        Instant start = Instant.now().minus(100, ChronoUnit.DAYS);
        // three patients of one therapist, each screened 100 days ago (lumbar, medium risk, pain 7)
        var a = patientScreenedAt(start);
        var b = ProgressFixtures.patientOnPlan(UUID.randomUUID(), 7, 3, today());
        var c = ProgressFixtures.patientOnPlan(UUID.randomUUID(), 7, 3, today());
        UUID therapist = a.therapist();
        takeIntoCare(b.patient(), therapist);
        takeIntoCare(c.patient(), therapist);
        // a: week 6 +3 (MCID), week 12 +4 (MCID), then discharged; b: week 6 +1 (no MCID); c: none
        reassessed(a.patient(), start.plus(40, ChronoUnit.DAYS), 3, true);
        reassessed(a.patient(), start.plus(80, ChronoUnit.DAYS), 4, true);
        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), start.plus(90, ChronoUnit.DAYS), a.patient(),
                therapist, a.planId()));
        reassessed(b.patient(), Instant.now(), 1, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM discharge WHERE patient_id = ?", a.patient()) == 1);

        // a's screening of today came after that discharge: a second episode of a's. Episodes 4 (a twice, b, c),
        // discharged 1; latest: a's first +4 MCID, b +1 not: share 1/2, median (1 + 4) / 2 = 2.5
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/outcomes/summary").then()
                .statusCode(200)
                .body("episodes", equalTo(4)).body("discharged", equalTo(1)).body("assessed", equalTo(2))
                .body("painMcidShare", equalTo(0.5f)).body("medianPainChange", equalTo(2.5f))
                .body("odiMcidShare", nullValue())
                // week 6: a +3 MCID (b's came before day 35 of its episode, which began today)
                .body("atWeek6.assessed", equalTo(1)).body("atWeek6.painMcidShare", equalTo(1.0f))
                .body("atWeek12.assessed", equalTo(1)).body("atWeek12.medianPainChange", equalTo(4.0f))
                .body("byPainType.LUMBAR.episodes", equalTo(4))
                .body("byRisk.MEDIUM.assessed", equalTo(2));
        // an admin sees the whole clinic: at least these three episodes
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).when().get("/api/outcomes/summary").then()
                .statusCode(200).body("episodes", greaterThanOrEqualTo(4));
        // another therapist's caseload holds none of them
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).when().get("/api/outcomes/summary").then()
                .statusCode(200).body("episodes", equalTo(0)).body("painMcidShare", nullValue());
    }

    private static ProgressFixtures.OnPlan patientScreenedAt(Instant at) {
        UUID patient = UUID.randomUUID();
        EventProbe.publish(screening(patient, at, 7));
        return ProgressFixtures.patientOnPlan(patient, 7, 3, today().minusDays(99));
    }

    private static void takeIntoCare(UUID patient, UUID therapist) {
        EventProbe.publish(new org.telerehab.events.PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient,
                therapist));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?", patient,
                therapist) == 1);
    }

    private static void reassessed(UUID patient, Instant at, int painPoints, boolean mcid) {
        long before = TestDatabase.count("SELECT count(*) FROM reassessment WHERE patient_id = ?", patient);
        EventProbe.publish(new ReassessmentCompleted(UUID.randomUUID(), at, patient, UUID.randomUUID(),
                UUID.randomUUID(), 7 - painPoints, null, 3, RiskLevel.MEDIUM, painPoints, null, mcid, null, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM reassessment WHERE patient_id = ?", patient) == before + 1);
    }
}
