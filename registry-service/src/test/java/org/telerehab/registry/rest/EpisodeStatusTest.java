package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PlanAssigned;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The profile's status follows the episodes of care program-service announces: discharged, then treated again. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class EpisodeStatusTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void aDischargedPatientReadsDischargedUntilTheNextEpisodesPlan() {
        UUID patient = Invitations.invited(therapist);
        statusIs(patient, "ACTIVE"); // the patient's own read accepts the invitation

        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), Instant.now(), patient, therapist,
                UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> statusIs(patient, "DISCHARGED"));

        EventProbe.publish(new PlanAssigned(UUID.randomUUID(), Instant.now(), patient, UUID.randomUUID(), 2,
                therapist, LocalDate.now(), 3, List.of(), null, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> statusIs(patient, "ACTIVE"));
    }

    private void statusIs(UUID patient, String status) {
        given().auth().oauth2(TestTokens.patient(patient)).get("/api/patients/{id}", patient).then()
                .statusCode(200).body("status", equalTo(status));
    }
}
