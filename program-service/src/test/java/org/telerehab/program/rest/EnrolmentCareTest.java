package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.Topics;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A therapist who invited a patient (registry-service's PatientEnrolled) cares for them from then on. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EnrolmentCareTest {

    private final UUID patient = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();

    @Test
    void theInvitingTherapistCaresForThePatientAndTheOtherServicesAreTold() {
        EventProbe.publish(enrolled(patient, therapist));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?", patient, therapist)
                == 1);
        assertThat(EventProbe.eventsFor(Topics.PROGRAM_CARE, patient)).singleElement()
                .isInstanceOfSatisfying(PatientTakenIntoCare.class, e -> assertThat(e.therapistId())
                        .isEqualTo(therapist));
        given().auth().oauth2(TestTokens.therapist(therapist)).post("/api/patients/{id}/care", patient).then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).post("/api/patients/{id}/care", patient)
                .then().statusCode(409);
    }

    @Test
    void aPatientAnAdminInvitedWaitsInThePoolAndOneAlreadyInCareStaysThere() {
        UUID pooled = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        given().auth().oauth2(TestTokens.therapist(other)).post("/api/patients/{id}/care", patient).then()
                .statusCode(201);

        PatientEnrolled byAnAdmin = enrolled(pooled, null);
        PatientEnrolled late = enrolled(patient, therapist);
        EventProbe.publish(byAnAdmin);
        EventProbe.publish(late);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?)", byAnAdmin.eventId(),
                late.eventId()) == 2);

        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ?", pooled)).isZero();
        assertThat(TestDatabase.strings("SELECT therapist_id::text FROM care_relation WHERE patient_id = ?",
                patient)).containsExactly(other.toString());
    }

    private static PatientEnrolled enrolled(UUID patient, UUID invitedBy) {
        return new PatientEnrolled(UUID.randomUUID(), Instant.now(), patient, "fr", "Europe/Paris", invitedBy);
    }
}
