package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.events.RedFlagEscalated;
import org.telerehab.events.RedFlagReported;
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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * An emergency nobody acted on within the clinic's time (telerehab.program.red-flags.escalate-after, 1 h) reaches the
 * admins; one of a patient in nobody's care reaches them at the next check. Reports are back-dated instead of waiting an hour; the scheduled job is off in tests and run here directly.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EscalationTest {

    @Inject
    RedFlagService redFlags;

    private final UUID therapist = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void anUnactedEmergencyIsEscalatedOnceAndShownToAdminsAndOnTheWorklist() {
        UUID patient = patientInCare();
        RedFlagReported old = ProgramFixtures.reportedAtCheckIn(patient, Instant.now().minusSeconds(3601),
                RedFlag.SADDLE_NUMBNESS);
        RedFlagReported recent = ProgramFixtures.reportedAtCheckIn(patient, Instant.now().minusSeconds(3000),
                RedFlag.WORSENING_NUMBNESS);
        RedFlagReported review = ProgramFixtures.reportedAtCheckIn(patient, Instant.now().minusSeconds(86_400),
                RedFlag.FEVER);

        redFlags.escalateUnacted();
        redFlags.escalateUnacted();

        assertThat(EventProbe.events(Topics.PROGRAM_CARE,
                e -> e.key().equals(patient) && e instanceof RedFlagEscalated, 1, Duration.ofSeconds(20),
                Duration.ofSeconds(2))).singleElement().satisfies(e -> {
                    RedFlagEscalated escalated = (RedFlagEscalated) e;
                    assertThat(escalated.reportId()).isEqualTo(old.reportId());
                    assertThat(escalated.therapistId()).isEqualTo(therapist);
                });
        given().auth().oauth2(TestTokens.admin(admin)).when().get("/api/red-flags/escalated").then().statusCode(200)
                .body("report.id", hasItem(old.reportId().toString()))
                .body("report.id", not(hasItem(recent.reportId().toString())))
                .body("report.id", not(hasItem(review.reportId().toString())));
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/worklist").then()
                .body("find { it.patientId == '" + patient + "' }.openRedFlags.find { it.id == '" + old.reportId()
                        + "' }.escalatedAt", notNullValue());
        assertThat(TestDatabase.auditedReads(admin, patient)).isPositive();
    }

    @Test
    void anAcknowledgedEmergencyIsNotEscalatedButStillBlocksPlans() {
        UUID patient = patientInCare();
        RedFlagReported report = ProgramFixtures.reportedAtCheckIn(patient, Instant.now().minusSeconds(7200),
                RedFlag.BILATERAL_LEG_SYMPTOMS);

        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID()))
                .when().post("/api/patients/{p}/red-flags/{r}/acknowledge", patient, report.reportId())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/{p}/red-flags/{r}/acknowledge", UUID.randomUUID(), report.reportId())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.therapist(therapist))
                .when().post("/api/patients/{p}/red-flags/{r}/acknowledge", patient, report.reportId())
                .then().statusCode(200).body("acknowledgedBy", org.hamcrest.Matchers.equalTo(therapist.toString()))
                .body("state", org.hamcrest.Matchers.equalTo("OPEN"));

        redFlags.escalateUnacted();

        assertThat(TestDatabase.count("SELECT count(*) FROM red_flag_report WHERE id = ? AND escalated_at IS NULL",
                report.reportId())).isEqualTo(1);
        ProgramFixtures.assign(therapist, patient, ProgramFixtures.plan(ProgramFixtures.item(ProgramFixtures.DEAD_BUG,
                6, null))).statusCode(409);
    }

    @Test
    void anEmergencyOfAPatientInNobodysCareReachesTheAdminsAtTheNextCheck() {
        UUID released = patientInCare();
        UUID neverInCare = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        UUID stillInCare = patientInCare();
        given().auth().oauth2(TestTokens.therapist(therapist)).when().delete("/api/patients/{p}/care", released)
                .then().statusCode(204);
        RedFlagReported ofReleased = ProgramFixtures.reportedAtCheckIn(released, Instant.now().minusSeconds(5),
                RedFlag.SADDLE_NUMBNESS);
        RedFlagReported ofPool = ProgramFixtures.reportedAtCheckIn(neverInCare, Instant.now().minusSeconds(5),
                RedFlag.CERVICAL_ARTERY_SIGNS);
        RedFlagReported ofCared = ProgramFixtures.reportedAtCheckIn(stillInCare, Instant.now().minusSeconds(5),
                RedFlag.SADDLE_NUMBNESS);

        redFlags.escalateUnacted();

        given().auth().oauth2(TestTokens.admin(admin)).when().get("/api/red-flags/escalated").then().statusCode(200)
                .body("report.id", hasItem(ofReleased.reportId().toString()))
                .body("report.id", hasItem(ofPool.reportId().toString()))
                // its therapist has an hour to act first
                .body("report.id", not(hasItem(ofCared.reportId().toString())));
        assertThat(EventProbe.events(Topics.PROGRAM_CARE,
                e -> e.key().equals(released) && e instanceof RedFlagEscalated, 1, Duration.ofSeconds(20),
                Duration.ofSeconds(2))).singleElement()
                .satisfies(e -> assertThat(((RedFlagEscalated) e).therapistId()).isNull());
    }

    @Test
    void onlyAdminsSeeTheEscalations() {
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/red-flags/escalated").then()
                .statusCode(403);
        given().when().get("/api/red-flags/escalated").then().statusCode(401);
    }

    private UUID patientInCare() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        return patient;
    }
}
