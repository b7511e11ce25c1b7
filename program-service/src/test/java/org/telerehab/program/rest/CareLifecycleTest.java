package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Handing a patient to another therapist and releasing them to the pool: who may, what it tells the others. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareLifecycleTest {

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);

    @Test
    void theCaringTherapistHandsThePatientOverAndLosesAccess() {
        ProgramFixtures.takeIntoCare(first, patient);

        given().auth().oauth2(TestTokens.therapist(first)).contentType("application/json")
                .body(Map.of("therapistId", second)).post("/api/patients/{id}/care/transfer", patient).then()
                .statusCode(200).body("therapistId", equalTo(second.toString()));

        given().auth().oauth2(TestTokens.therapist(first)).get("/api/patients/{id}/red-flags", patient).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.therapist(second)).get("/api/patients/{id}/red-flags", patient).then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.therapist(first)).contentType("application/json")
                .body(Map.of("therapistId", first)).post("/api/patients/{id}/care/transfer", patient).then()
                .statusCode(403);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).filteredOn(PatientTakenIntoCare.class::isInstance)
                .extracting(e -> ((PatientTakenIntoCare) e).therapistId()).containsExactly(first, second);
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'TRANSFER_CARE' AND patient_id = ?"
                + " AND actor_id = ? AND resource_id = ?", patient, first.toString(), second.toString())).isEqualTo(1);
    }

    @Test
    void releasingPutsThePatientBackInThePoolAndAnAdminMayDoItForATherapistWhoLeft() {
        ProgramFixtures.takeIntoCare(first, patient);
        UUID admin = UUID.randomUUID();

        given().auth().oauth2(TestTokens.therapist(second)).delete("/api/patients/{id}/care", patient).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.admin(admin)).delete("/api/patients/{id}/care", patient).then()
                .statusCode(204);
        given().auth().oauth2(TestTokens.admin(admin)).delete("/api/patients/{id}/care", patient).then()
                .statusCode(404);

        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).filteredOn(PatientReleased.class::isInstance)
                .singleElement().satisfies(e -> assertThat(((PatientReleased) e).therapistId()).isEqualTo(first));
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'RELEASE_CARE' AND patient_id = ?"
                + " AND actor_id = ?", patient, admin.toString())).isEqualTo(1);
        // back in the pool: another therapist may take them
        ProgramFixtures.takeIntoCare(second, patient);
    }

    @Test
    void aTransferWithoutATherapistIs422() {
        ProgramFixtures.takeIntoCare(first, patient);
        given().auth().oauth2(TestTokens.therapist(first)).contentType("application/json").body(Map.of())
                .post("/api/patients/{id}/care/transfer", patient).then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("therapistId"));
    }
}
