package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.TherapistDisabled;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.program.service.RedFlagService;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * A therapist leaves (registry-service closed their account): their patients go back to nobody's care, so a red flag
 * reaches the clinic's admins at the next check instead of waiting for somebody who will not come; and nobody is
 * taken into their care again.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class TherapistDepartureTest {

    @Inject
    RedFlagService redFlags;

    private final UUID leaving = UUID.randomUUID();
    private final UUID colleague = UUID.randomUUID();

    @Test
    void theirPatientsAreReleasedEverywhereAndTheirRedFlagsReachTheAdminsAtOnce() {
        UUID first = patientInCareOf(leaving);
        UUID second = patientInCareOf(leaving);
        UUID colleagues = patientInCareOf(colleague);
        RedFlagReported emergency = ProgramFixtures.reportedAtCheckIn(first, Instant.now().minusSeconds(5),
                RedFlag.SADDLE_NUMBNESS);

        departs(leaving);

        for (UUID patient : new UUID[] {first, second}) {
            assertThat(EventProbe.events(Topics.PROGRAM_CARE,
                    e -> e.key().equals(patient) && e instanceof PatientReleased, 1, Duration.ofSeconds(20),
                    Duration.ofSeconds(2))).as("the other services end the access too").singleElement()
                    .satisfies(e -> assertThat(((PatientReleased) e).therapistId()).isEqualTo(leaving));
        }
        assertThat(TestDatabase.strings("SELECT therapist_id::text FROM care_relation WHERE patient_id = ?",
                colleagues)).as("a colleague's patients are theirs still").containsExactly(colleague.toString());
        given().auth().oauth2(TestTokens.therapist(leaving)).get("/api/patients/{id}/red-flags", first).then()
                .statusCode(403);

        redFlags.escalateUnacted();

        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).get("/api/red-flags/escalated").then()
                .statusCode(200).body("report.id", hasItem(emergency.reportId().toString()));
    }

    @Test
    void nobodyIsTakenIntoTheirCareOrHandedToThemAgain() {
        UUID pooled = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        UUID colleagues = patientInCareOf(colleague);
        UUID invitedBeforeTheyLeft = UUID.randomUUID();
        departs(leaving);

        given().auth().oauth2(TestTokens.therapist(leaving)).post("/api/patients/{id}/care", pooled).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.therapist(colleague)).contentType("application/json")
                .body(Map.of("therapistId", leaving)).post("/api/patients/{id}/care/transfer", colleagues).then()
                .statusCode(422).body("errors.field", hasItem("therapistId"));
        PatientEnrolled late = new PatientEnrolled(UUID.randomUUID(), Instant.now(), invitedBeforeTheyLeft, "en",
                "Europe/London", leaving);
        EventProbe.publish(late);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", late.eventId()) == 1);

        assertThat(TestDatabase.count("SELECT count(*) FROM care_relation WHERE therapist_id = ?", leaving))
                .as("an enrolment arriving after the departure waits in the pool").isZero();
        assertThat(TestDatabase.strings("SELECT therapist_id::text FROM care_relation WHERE patient_id = ?",
                colleagues)).containsExactly(colleague.toString());
    }

    /** The closure as registry-service announces it, once applied. */
    private static void departs(UUID therapist) {
        TherapistDisabled disabled = new TherapistDisabled(UUID.randomUUID(), Instant.now(), therapist);
        EventProbe.publish(disabled);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", disabled.eventId()) == 1);
    }

    private static UUID patientInCareOf(UUID therapist) {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        return patient;
    }
}
