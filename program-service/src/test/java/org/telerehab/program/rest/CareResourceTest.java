package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareResourceTest {

    private final UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
    private final UUID therapist = UUID.randomUUID();

    @Test
    void noTokenIs401AndPatientRoleIs403() {
        given().when().post("/api/patients/{id}/care", patient).then().statusCode(401);
        given().auth().oauth2(TestTokens.patient(patient))
                .when().post("/api/patients/{id}/care", patient)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void therapistTakesPatientIntoCareAndTheEventLeavesExactlyOnce() {
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/{id}/care", patient)
                .then().statusCode(201)
                .body("patientId", equalTo(patient.toString()))
                .body("therapistId", equalTo(therapist.toString()));
        // asking again changes nothing and announces nothing new
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/{id}/care", patient)
                .then().statusCode(200);

        List<TelerehabEvent> events = EventProbe.eventsFor(Topics.PROGRAM_CARE, patient);
        assertThat(events).singleElement().isInstanceOfSatisfying(PatientTakenIntoCare.class,
                e -> assertThat(e.therapistId()).isEqualTo(therapist));
        // the grant of access is in the audit trail, once: who gave access to the patient's records to whom
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'TAKE_INTO_CARE'"
                + " AND patient_id = ? AND actor_id = ? AND resource_id = ?", patient, therapist.toString(),
                therapist.toString())).isEqualTo(1);
    }

    @Test
    void anotherTherapistCannotTakeOverSilently() {
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/{id}/care", patient).then().statusCode(201);

        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID()))
                .when().post("/api/patients/{id}/care", patient)
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void malformedPatientIdIsAProblemNot500() {
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/not-a-uuid/care")
                .then().statusCode(404);
    }
}
