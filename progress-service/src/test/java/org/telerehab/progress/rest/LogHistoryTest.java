package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;

/** The therapist reads the patient's sessions and check-ins as written: newest first, by the patient's days, paged. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class LogHistoryTest {

    static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

    @Test
    void sessionsNewestFirstWithNotesPainAfterAndExercisesInThePatientsDays() {
        LocalDate today = LocalDate.now(CALIFORNIA);
        var p = ProgressFixtures.patientOnPlanIn(CALIFORNIA, 5, 3, today.minusDays(9));
        for (int daysAgo : new int[] {5, 3, 1}) {
            // 20:00 in California: the next day in UTC
            logSession(p.patient(), session(p.planId(), today.minusDays(daysAgo).atTime(20, 0).atZone(CALIFORNIA)
                    .toInstant(), 4, 6, 5)).statusCode(201);
        }

        sessions(p, "").statusCode(200)
                .body("painAfter", contains(6, 6, 6))
                .body("notes", hasItem("felt steady"))
                .body("exercises[0].exerciseId", contains(ProgressFixtures.DEAD_BUG.toString()));
        List<String> performed = sessions(p, "").extract().jsonPath().getList("performedAt", String.class);
        assertThat(performed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // the patient's days: from = to = three days ago holds exactly the session of that evening
        sessions(p, "?from=" + today.minusDays(3) + "&to=" + today.minusDays(3)).statusCode(200)
                .body("performedAt", contains(today.minusDays(3).atTime(20, 0).atZone(CALIFORNIA).toInstant()
                        .toString()));
        Response firstPage = sessions(p, "?limit=2").extract().response();
        assertThat(firstPage.jsonPath().getList("id")).hasSize(2);
        assertThat(firstPage.header("Link")).contains("offset=2");
        assertThat(TestDatabase.auditedReads(p.therapist(), p.patient())).isPositive();
        sessions(p, "?from=" + today + "&to=" + today.minusDays(1)).statusCode(422)
                .body("errors.field", hasItem("to"));
        sessions(p, "?from=last-week").statusCode(422).body("errors.field", hasItem("from"));
    }

    @Test
    void checkInsNewestFirstWithTheirFlagsAndNotes() {
        LocalDate today = LocalDate.now(CALIFORNIA);
        var p = ProgressFixtures.patientOnPlanIn(CALIFORNIA, 5, 3, today.minusDays(9));
        logCheckIn(p.patient(), checkIn(today.minusDays(2), 3, List.of())).statusCode(201);
        logCheckIn(p.patient(), checkIn(today.minusDays(1), 4, List.of("NIGHT_PAIN"))).statusCode(201);

        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/" + p.patient() + "/checkins").then().statusCode(200)
                .body("date", contains(today.minusDays(1).toString(), today.minusDays(2).toString()))
                .body("redFlags[0]", contains("NIGHT_PAIN"))
                .body("pain", contains(4, 3));
        given().auth().oauth2(TestTokens.patient(p.patient()))
                .when().get("/api/patients/" + p.patient() + "/checkins?from=" + today.minusDays(1)).then()
                .statusCode(200).body("pain", contains(4));
    }

    private static io.restassured.response.ValidatableResponse sessions(ProgressFixtures.OnPlan p, String query) {
        return given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/" + p.patient() + "/sessions" + query).then();
    }
}
