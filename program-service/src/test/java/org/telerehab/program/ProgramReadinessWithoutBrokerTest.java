package org.telerehab.program;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.telerehab.testsupport.DatabaseWithoutBroker;
import org.telerehab.testsupport.ReadinessWithoutBrokerContract;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(DatabaseWithoutBroker.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgramReadinessWithoutBrokerTest extends ReadinessWithoutBrokerContract {

    /**
     * Taking a patient into care: its PatientTakenIntoCare waits for the broker. (The patient is known as if their
     * enrolment had arrived before the outage: with the broker down, none can arrive.)
     */
    @Override
    protected Response writeThatAnnouncesAnEvent() {
        UUID patient = UUID.randomUUID();
        TestDatabase.execute("INSERT INTO enrolled_patient (patient_id, enrolled_at) VALUES ('" + patient
                + "', now())");
        return given().auth().oauth2(TestTokens.therapist(UUID.randomUUID()))
                .when().post("/api/patients/{id}/care", patient);
    }
}
