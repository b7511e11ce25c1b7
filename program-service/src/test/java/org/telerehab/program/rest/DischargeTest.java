package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;

/**
 * The caring therapist discharges a patient: the episode ends, its plan is COMPLETED, the others are told; never past
 * an open red flag, and the next plan waits for the next screening.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DischargeTest {

    private static final Map<String, String> REASON = Map.of("reason", "Goals met: walks 5 km without pain");

    private final UUID therapist = UUID.randomUUID();

    @Test
    void theCaringTherapistEndsTheEpisodeThePlanIsCompletedAndTheOthersAreTold() {
        UUID patient = patientInCare();
        String planId = ProgramFixtures.assign(therapist, patient, plan()).statusCode(201).extract().path("id");

        discharge(therapist, patient).statusCode(201)
                .body("patientId", equalTo(patient.toString()))
                .body("therapistId", equalTo(therapist.toString()))
                .body("planId", equalTo(planId))
                .body("reason", equalTo(REASON.get("reason")));

        assertThat(ProgramFixtures.planIs(planId, "COMPLETED")).isTrue();
        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/patients/{id}/plans/active", patient)
                .then().statusCode(404);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).filteredOn(PatientDischarged.class::isInstance)
                .singleElement().isInstanceOfSatisfying(PatientDischarged.class, e -> {
                    assertThat(e.planId()).hasToString(planId);
                    assertThat(e.therapistId()).isEqualTo(therapist);
                });
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'DISCHARGE' AND patient_id = ?"
                + " AND actor_id = ?", patient, therapist.toString())).isEqualTo(1);
        // still in care: the therapist reads the record the summary is written from
        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?",
                patient, therapist)).isEqualTo(1);
    }

    @Test
    void aPatientWithoutAPlanCanBeDischargedToo() {
        UUID patient = patientInCare();

        discharge(therapist, patient).statusCode(201).body("planId", nullValue());
    }

    @Test
    void anOpenRedFlagMustBeClearedFirst() {
        UUID patient = patientInCare();
        String planId = ProgramFixtures.assign(therapist, patient, plan()).statusCode(201).extract().path("id");
        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.FEVER);

        discharge(therapist, patient).statusCode(409).body("type", endsWith("red-flag-not-cleared"));

        assertThat(ProgramFixtures.planIs(planId, "ACTIVE")).isTrue();
        assertThat(TestDatabase.count("SELECT count(*) FROM discharge WHERE patient_id = ?", patient)).isZero();
        assertThat(ProgramFixtures.outboxOf(patient, PatientDischarged.TYPE)).isZero();
        ProgramFixtures.clear(therapist, patient);
        discharge(therapist, patient).statusCode(201);
    }

    @Test
    void theNextEpisodeStartsWithTheNextScreening() {
        UUID patient = patientInCare();
        discharge(therapist, patient).statusCode(201);

        discharge(therapist, patient).statusCode(409).body("type", endsWith("already-discharged"));
        ProgramFixtures.assign(therapist, patient, plan()).statusCode(409);
        assertThat(ProgramFixtures.plansOf(patient)).isZero();

        ProgramFixtures.screened(ProgramFixtures.screening(patient, Disposition.READY_FOR_PROGRAM,
                List.of(Region.LUMBAR), RiskLevel.LOW, Instant.now()));
        ProgramFixtures.assign(therapist, patient, plan()).statusCode(201);
        discharge(therapist, patient).statusCode(201);
    }

    @Test
    void onlyTheCaringTherapistDischarges() {
        UUID patient = patientInCare();

        discharge(UUID.randomUUID(), patient).statusCode(403);
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).contentType("application/json").body(REASON)
                .when().post("/api/patients/{id}/discharge", patient).then().statusCode(403);
        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(Map.of("reason", "   ")).when().post("/api/patients/{id}/discharge", patient)
                .then().statusCode(422).body("errors[0].field", containsString("reason"));

        assertThat(TestDatabase.count("SELECT count(*) FROM discharge WHERE patient_id = ?", patient)).isZero();
    }

    private UUID patientInCare() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        return patient;
    }

    private static ValidatableResponse discharge(UUID by, UUID patient) {
        return given().auth().oauth2(TestTokens.therapist(by)).contentType("application/json").body(REASON)
                .when().post("/api/patients/{id}/discharge", patient).then();
    }

    private static Map<String, Object> plan() {
        return ProgramFixtures.plan(ProgramFixtures.item(DEAD_BUG, 6, null));
    }
}
