package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.ClearanceRecorded;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.assign;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

/** A red flag is a state: open until the caring therapist clears it, whatever the patient screens next. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RedFlagBlockTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void aCleanRescreenDoesNotLiftTheBlockOnlyAClearanceDoes() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.PHYSICIAN_REVIEW, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);

        // the patient screens again without ticking the flag: that is not a clearance
        ProgramFixtures.screened(ProgramFixtures.screening(patient, Disposition.READY_FOR_PROGRAM,
                List.of(Region.LUMBAR), RiskLevel.LOW, Instant.now()));
        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Conflict"));
        assertThat(ProgramFixtures.plansOf(patient)).isZero();
        assertThat(statusOnWorklist(patient)).isEqualTo("BLOCKED");

        ProgramFixtures.clear(therapist, patient);
        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201);

        // and the next clean screening does not bring back a block that was cleared
        ProgramFixtures.screened(ProgramFixtures.screening(patient, Disposition.READY_FOR_PROGRAM,
                List.of(Region.LUMBAR), RiskLevel.LOW, Instant.now()));
        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201).body("version", equalTo(2));
    }

    @Test
    void aClearanceClosesEveryOpenReportAndIsAnnouncedWithThem() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.PHYSICIAN_REVIEW, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        RedFlagReported atCheckIn = ProgramFixtures.reportedAtCheckIn(patient, RedFlag.FEVER);
        assertThat(ProgramFixtures.openReportsOf(patient)).isEqualTo(2);

        String clearedAt = given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(java.util.Map.of("note", "GP: fever was a cold; night pain explained"))
                .when().post("/api/patients/{id}/clearance", patient)
                .then().statusCode(200).body("reportIds", hasSize(2))
                .body("reportIds", org.hamcrest.Matchers.hasItem(atCheckIn.reportId().toString()))
                .extract().path("clearedAt");
        assertThat(ProgramFixtures.openReportsOf(patient)).isZero();

        history(therapist, patient).statusCode(200)
                .body("state", everyItem(equalTo("CLEARED")))
                .body("clearedBy", everyItem(equalTo(therapist.toString())))
                .body("clearedAt", everyItem(equalTo(clearedAt)));
        List<ClearanceRecorded> announced = EventProbe.events(Topics.PROGRAM_CARE,
                        e -> e.key().equals(patient) && e instanceof ClearanceRecorded, 1,
                        Duration.ofSeconds(20), Duration.ofSeconds(1))
                .stream().map(ClearanceRecorded.class::cast).toList();
        assertThat(announced).singleElement().satisfies(c -> assertThat(c.reportIds()).hasSize(2));

        // asking again changes nothing and announces nothing
        ProgramFixtures.clear(therapist, patient);
        assertThat(ProgramFixtures.outboxOf(patient, "ClearanceRecorded")).isEqualTo(1);
    }

    @Test
    void theHistoryListsEveryReportNewestFirstForThePatientTheCaringTherapistAndAdmin() {
        UUID patient = UUID.randomUUID();
        Instant first = Instant.now().minusSeconds(3600);
        ScreeningCompleted screening = new ScreeningCompleted(UUID.randomUUID(), first, patient, UUID.randomUUID(),
                Disposition.EMERGENCY_REFERRAL, List.of(Region.LUMBAR), RiskLevel.MEDIUM, 6,
                org.telerehab.events.codes.Chronicity.CHRONIC,
                List.of(RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN), 40, 5, 3);
        ProgramFixtures.screened(screening);
        ProgramFixtures.takeIntoCare(therapist, patient);
        RedFlagReported later = ProgramFixtures.reportedAtCheckIn(patient, RedFlag.OSTEOPOROSIS);

        history(therapist, patient).statusCode(200)
                .body("id", contains(later.reportId().toString(), screening.screeningId().toString()))
                .body("source", contains("CHECK_IN", "SCREENING"))
                .body("severity", contains("REVIEW", "EMERGENCY"))
                .body("[1].flags", containsInAnyOrder("SADDLE_NUMBNESS", "NIGHT_PAIN"))
                .body("state", everyItem(equalTo("OPEN")));
        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/patients/{id}/red-flags", patient)
                .then().statusCode(200).body("", hasSize(2));
        TestTokens.as(UUID.randomUUID(), "admin").when().get("/api/patients/{id}/red-flags", patient)
                .then().statusCode(200).body("", hasSize(2));
        // another patient: 404; a therapist not caring: 403
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get("/api/patients/{id}/red-flags", patient)
                .then().statusCode(404);
        history(UUID.randomUUID(), patient).statusCode(403);
        assertThat(TestDatabase.auditReadsOf(patient, "RedFlagHistory")).isEqualTo(3);
    }

    @Test
    void aReviewFlagAtACheckInBlocksNewPlansButDoesNotPauseTheRunningOne() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        String planId = assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201)
                .extract().path("id");

        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.UNEXPLAINED_WEIGHT_LOSS);

        assertThat(ProgramFixtures.planIs(planId, "ACTIVE")).isTrue();
        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(409);
        assertThat(statusOnWorklist(patient)).isEqualTo("BLOCKED");
        ProgramFixtures.clear(therapist, patient);
        assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201);
    }

    @Test
    void nothingToClearIsAConflictAndOnlyTheCaringTherapistClears() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(java.util.Map.of("note", "nothing to clear")).when().post("/api/patients/{id}/clearance", patient)
                .then().statusCode(409).contentType("application/problem+json");

        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.SADDLE_NUMBNESS);
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).contentType("application/json")
                .body(java.util.Map.of("note", "not mine")).when().post("/api/patients/{id}/clearance", patient)
                .then().statusCode(403);
        assertThat(ProgramFixtures.openReportsOf(patient)).isEqualTo(1);
    }

    private static io.restassured.response.ValidatableResponse history(UUID therapist, UUID patient) {
        return given().auth().oauth2(TestTokens.therapist(therapist))
                .when().get("/api/patients/{id}/red-flags", patient).then();
    }

    private String statusOnWorklist(UUID patient) {
        return given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/worklist").then()
                .statusCode(200).extract().jsonPath().getString("find { it.patientId == '" + patient + "' }.status");
    }
}
