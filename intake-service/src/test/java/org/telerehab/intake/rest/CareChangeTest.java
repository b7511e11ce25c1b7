package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A transfer or a release in program-service ends the former therapist's access to the screenings here. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareChangeTest {

    private final UUID patient = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @Test
    void theFormerTherapistLosesAccessOnATransferAndTheNewOneOnARelease() {
        ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        Instant taken = Instant.now().minusSeconds(60);
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), taken, patient, first));
        awaitStatus(first, 200);

        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), taken.plusSeconds(10), patient, second));
        awaitStatus(first, 403);
        awaitStatus(second, 200);

        // a release of the former relation, arriving late, does not end the new one
        EventProbe.publish(new PatientReleased(UUID.randomUUID(), taken.plusSeconds(5), patient, first));
        EventProbe.publish(new PatientReleased(UUID.randomUUID(), taken.plusSeconds(20), patient, second));
        awaitStatus(second, 403);
    }

    private void awaitStatus(UUID therapist, int status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.therapist(therapist)).get("/api/patients/{id}/screenings", patient).then()
                .statusCode(status));
    }
}
