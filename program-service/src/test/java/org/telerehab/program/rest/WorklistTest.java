package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class WorklistTest {

    private final UUID therapist = UUID.randomUUID();
    private final Instant base = Instant.now().minus(10, ChronoUnit.DAYS);

    @Test
    void mostUrgentFirstThenOldestFirstWithinARank() {
        // submitted in an order unlike the expected one, so only the ranking can produce it
        UUID clearedEmergency = screen(Disposition.EMERGENCY_REFERRAL, RiskLevel.MEDIUM, -1);
        ProgramFixtures.takeIntoCare(therapist, clearedEmergency);
        ProgramFixtures.clear(therapist, clearedEmergency);      // a cleared report no longer ranks
        UUID reviewAtCheckIn = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 9);
        ProgramFixtures.reportedAtCheckIn(reviewAtCheckIn, org.telerehab.events.codes.RedFlag.FEVER);
        UUID lowOld = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 1);
        UUID high = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.HIGH, 2);
        UUID alerted = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 3);
        UUID review = screen(Disposition.PHYSICIAN_REVIEW, RiskLevel.LOW, 4);
        UUID mediumNew = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.MEDIUM, 8);
        UUID emergency = screen(Disposition.EMERGENCY_REFERRAL, RiskLevel.LOW, 5);
        UUID mediumOld = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.MEDIUM, 6);
        UUID lowNew = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 7);
        UUID emergencyOld = screen(Disposition.EMERGENCY_REFERRAL, RiskLevel.HIGH, 0);
        AlertRaised flare = new AlertRaised(UUID.randomUUID(), Instant.now(), alerted, UUID.randomUUID(),
                AlertType.FLARE, List.of());
        EventProbe.publish(flare);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestDatabase.count("SELECT count(*) FROM open_alert WHERE alert_id = ?", flare.alertId()) == 1);

        List<String> order = worklistOrderOf(therapist, Set.of(lowOld, high, alerted, review, mediumNew, emergency,
                mediumOld, lowNew, emergencyOld, clearedEmergency, reviewAtCheckIn));

        assertThat(order).containsExactly(emergencyOld.toString(), emergency.toString(), review.toString(),
                reviewAtCheckIn.toString(), alerted.toString(), high.toString(), clearedEmergency.toString(),
                mediumOld.toString(), mediumNew.toString(), lowOld.toString(), lowNew.toString());
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/worklist").then()
                .body("find { it.patientId == '" + alerted + "' }.openAlerts[0].type",
                        org.hamcrest.Matchers.equalTo("FLARE"));

        EventProbe.publish(new AlertResolved(UUID.randomUUID(), Instant.now(), alerted, flare.alertId(),
                AlertType.FLARE, therapist));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestDatabase.count("SELECT count(*) FROM open_alert WHERE alert_id = ?", flare.alertId()) == 0);
        assertThat(worklistOrderOf(therapist, Set.of(alerted, lowOld, high)))
                .containsExactly(high.toString(), lowOld.toString(), alerted.toString());
    }

    @Test
    void anotherTherapistsPatientsAreHiddenAndStatusesFollowCare() {
        UUID mine = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 1);
        UUID theirs = screen(Disposition.READY_FOR_PROGRAM, RiskLevel.LOW, 2);
        UUID blocked = screen(Disposition.PHYSICIAN_REVIEW, RiskLevel.LOW, 3);
        UUID other = UUID.randomUUID();
        ProgramFixtures.takeIntoCare(therapist, mine);
        ProgramFixtures.takeIntoCare(other, theirs);

        var response = given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/worklist")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = response.getList("patientId");
        assertThat(ids).contains(mine.toString(), blocked.toString()).doesNotContain(theirs.toString());
        assertThat(response.getString("find { it.patientId == '" + mine + "' }.status")).isEqualTo("IN_CARE");
        assertThat(response.getString("find { it.patientId == '" + mine + "' }.therapistId"))
                .isEqualTo(therapist.toString());
        assertThat(response.getString("find { it.patientId == '" + blocked + "' }.status")).isEqualTo("BLOCKED");
        assertThat(TestDatabase.auditReadsOf(mine, "WorklistEntry")).as("each patient shown is audited").isEqualTo(1);
        given().auth().oauth2(TestTokens.therapist(other)).when().get("/api/worklist").then()
                .body("patientId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(mine.toString())));
    }

    @Test
    void aDuplicateScreeningEventChangesNothingAndAnOlderOneOnlyAddsItsRedFlags() {
        UUID patient = UUID.randomUUID();
        ScreeningCompleted latest = ProgramFixtures.screening(patient, Disposition.READY_FOR_PROGRAM,
                List.of(Region.LUMBAR), RiskLevel.HIGH, base.plus(2, ChronoUnit.DAYS));
        ProgramFixtures.screened(latest);
        EventProbe.publish(latest); // redelivered
        ScreeningCompleted older = ProgramFixtures.screening(patient, Disposition.EMERGENCY_REFERRAL,
                List.of(Region.SCIATIC), RiskLevel.LOW, base);
        EventProbe.publish(older); // arrives late

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?)",
                latest.eventId(), older.eventId()) == 2);
        assertThat(TestDatabase.count("SELECT count(*) FROM processed_event WHERE event_id = ?", latest.eventId()))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM triage_entry WHERE patient_id = ? AND screening_id = ?"
                + " AND risk = 'HIGH'", patient, latest.screeningId())).isEqualTo(1);
        // the older screening's emergency is not lost because a newer screening is on the worklist
        assertThat(TestDatabase.count("SELECT count(*) FROM red_flag_report WHERE id = ? AND severity = 'EMERGENCY'"
                + " AND clearance_id IS NULL", older.screeningId())).isEqualTo(1);
    }

    @Test
    void patientsCannotSeeTheWorklist() {
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get("/api/worklist")
                .then().statusCode(403);
        given().when().get("/api/worklist").then().statusCode(401);
    }

    private UUID screen(Disposition disposition, RiskLevel risk, int dayOffset) {
        UUID patient = UUID.randomUUID();
        ProgramFixtures.screened(ProgramFixtures.screening(patient, disposition, List.of(Region.LUMBAR), risk,
                base.plus(dayOffset, ChronoUnit.HOURS)));
        return patient;
    }

    private static List<String> worklistOrderOf(UUID therapist, Set<UUID> patients) {
        List<String> all = given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/worklist")
                .then().statusCode(200).extract().jsonPath().getList("patientId");
        List<String> ours = new ArrayList<>(all);
        ours.retainAll(patients.stream().map(UUID::toString).toList());
        return ours;
    }
}
