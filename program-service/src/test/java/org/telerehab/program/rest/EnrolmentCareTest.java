package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
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

/**
 * A therapist who invited a patient (registry-service's PatientEnrolled) cares for them from then on; a patient the
 * clinic never enrolled or screened cannot be taken into care.
 */
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
        UUID screened = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        UUID other = UUID.randomUUID();
        given().auth().oauth2(TestTokens.therapist(other)).post("/api/patients/{id}/care", screened).then()
                .statusCode(201);

        PatientEnrolled byAnAdmin = enrolled(pooled, null);
        PatientEnrolled late = enrolled(screened, therapist);
        EventProbe.publish(byAnAdmin);
        EventProbe.publish(late);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?)", byAnAdmin.eventId(),
                late.eventId()) == 2);

        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ?", pooled)).isZero();
        assertThat(TestDatabase.strings("SELECT therapist_id::text FROM care_relation WHERE patient_id = ?",
                screened)).containsExactly(other.toString());
        // enrolled, though never screened: a therapist may take them from the pool
        given().auth().oauth2(TestTokens.therapist(therapist)).post("/api/patients/{id}/care", pooled).then()
                .statusCode(201);
    }

    @Test
    void nobodyIsTakenIntoCareUnderAnIdTheClinicDoesNotKnow() {
        UUID unknown = UUID.randomUUID();

        given().auth().oauth2(TestTokens.therapist(therapist)).post("/api/patients/{id}/care", unknown).then()
                .statusCode(404).contentType("application/problem+json");

        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE patient_id = ?", unknown)).isZero();
        assertThat(ProgramFixtures.outboxOf(unknown, PatientTakenIntoCare.TYPE)).isZero();
    }

    private static PatientEnrolled enrolled(UUID patient, UUID invitedBy) {
        return new PatientEnrolled(UUID.randomUUID(), Instant.now(), patient, "fr", "Europe/Paris", invitedBy);
    }
}
