package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** A discharge (program-service's PatientDischarged) completes the plan: its sessions stop, its record stays. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DischargeTest {

    @Test
    void theDischargedPatientsPlanTakesNoMoreSessionsAndTheTherapistStillReadsTheRecord() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 5)).statusCode(201);

        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), Instant.now(), p.patient(), p.therapist(),
                p.planId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress WHERE patient_id = ? AND plan_status = 'COMPLETED'",
                p.patient()) == 1);

        logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 4)).statusCode(422);
        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient()).then().statusCode(200)
                .body("planStatus", equalTo("COMPLETED"))
                .body("sessionsLogged", equalTo(1));
    }
}
