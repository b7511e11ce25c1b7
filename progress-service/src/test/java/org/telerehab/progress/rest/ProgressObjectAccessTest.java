package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.ObjectAccessContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgressObjectAccessTest extends ObjectAccessContract {

    /** On a plan for a week, with a session logged at pain 9, which raised a FLARE alert. */
    @Override
    protected Subject subject() {
        var onPlan = ProgressFixtures.patientOnPlan(5, 3, ProgressFixtures.today().minusDays(7));
        ProgressFixtures.logSession(onPlan.patient(), ProgressFixtures.session(onPlan.planId(), Instant.now(), 9, 5))
                .statusCode(201);
        String alert = given().auth().oauth2(TestTokens.patient(onPlan.patient()))
                .when().get("/api/patients/{id}/progress", onPlan.patient())
                .then().statusCode(200).extract().path("openAlerts[0].id");
        return new Subject(onPlan.patient(), onPlan.therapist(), Map.of("patientId", onPlan.patient(), "id", alert));
    }

    @Override
    protected Map<String, Rule> rules() {
        return Map.ofEntries(
                entry("GET /api/patients/{patientId}/progress", patientData()),
                entry("GET /api/patients/{patientId}/observations/fhir", patientData()),
                entry("GET /api/patients/{patientId}/outcomes", patientData()),
                entry("GET /api/patients/{patientId}/outcomes/fhir", patientData()),
                entry("GET /api/patients/{patientId}/monitoring-days", patientData()),
                entry("GET /api/patients/{patientId}/sessions", patientData()),
                entry("GET /api/patients/{patientId}/checkins", patientData()),
                entry("POST /api/alerts/{id}/resolve", patientData()),
                entry("GET /api/caseload", new PatientList("patientId")),
                entry("GET /api/outcomes/summary", new NotPatientData("figures over the caller's own caseload (a"
                        + " therapist's) or the clinic (an admin's), no one patient's record; OutcomesSummaryTest"
                        + " checks a therapist's holds only their caseload")));
    }
}
