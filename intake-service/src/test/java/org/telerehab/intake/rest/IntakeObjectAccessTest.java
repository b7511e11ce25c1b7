package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.ObjectAccessContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class IntakeObjectAccessTest extends ObjectAccessContract {

    @Override
    protected Subject subject() {
        UUID patient = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        String screening = ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?", patient, therapist) == 1);
        return new Subject(patient, therapist, Map.of("id", screening, "patientId", patient));
    }

    @Override
    protected Map<String, Rule> rules() {
        return Map.of(
                "GET /api/screenings/{id}", patientData(),
                "GET /api/screenings/{id}/fhir", patientData(),
                "GET /api/patients/{patientId}/screenings", patientData(),
                "GET /api/patients/{patientId}/reassessments", patientData(),
                "GET /api/patients/{patientId}/reassessments/due", patientData());
    }
}
