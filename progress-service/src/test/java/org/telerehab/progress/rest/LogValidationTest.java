package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** Every rejected log: a problem+json naming the field, and no log, projection or alert written. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class LogValidationTest {

    @Test
    void sessionsAreCheckedAgainstTheActivePlanAndTheirRanges() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today());

        rejected(p, session(UUID.randomUUID(), daysAgo(0), 4, 5), 422, "planId");
        Map<String, Object> foreignExercise = session(p.planId(), daysAgo(0), 4, 5);
        foreignExercise.put("exercises", List.of(Map.of("exerciseId", UUID.randomUUID().toString(),
                "setsDone", 3, "repsDone", 10)));
        rejected(p, foreignExercise, 422, "exercises[0].exerciseId");
        rejected(p, session(p.planId(), daysAgo(0), 11, 5), 422, "painBefore");
        rejected(p, session(p.planId(), daysAgo(0), -1, 5), 422, "painBefore");
        rejected(p, session(p.planId(), Instant.now().plus(3, ChronoUnit.DAYS), 4, 5), 422, "performedAt");
        Map<String, Object> empty = session(p.planId(), daysAgo(0), 4, 5);
        empty.put("exercises", List.of());
        rejected(p, empty, 422, "exercises");
        Map<String, Object> badDate = session(p.planId(), daysAgo(0), 4, 5);
        badDate.put("performedAt", "yesterday");
        rejected(p, badDate, 400, "performedAt");
        assertThat(TestDatabase.count("SELECT sessions_logged FROM patient_progress WHERE patient_id = ?",
                p.patient())).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM daily_rollup WHERE patient_id = ?", p.patient())).isZero();
    }

    @Test
    void aRepeatedClientRequestIdIsRefusedAndWritesNothingNew() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today());
        Map<String, Object> body = session(p.planId(), daysAgo(0), 9, 9);
        body.put("clientRequestId", UUID.randomUUID().toString());
        logSession(p.patient(), body).statusCode(201);
        logSession(p.patient(), body).statusCode(409).contentType("application/problem+json");
        assertThat(ProgressFixtures.logsOf(p.patient())).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM alert WHERE patient_id = ?", p.patient())).isEqualTo(2);
        // the two alerts and the one SessionLogged: nothing of the refused repeat
        assertThat(TestDatabase.outboxEventsFor(p.patient())).isEqualTo(3);
    }

    @Test
    void checkInsAreCheckedToo() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today());
        logCheckIn(p.patient(), checkIn(today().plusDays(2), 3, List.of())).statusCode(422)
                .body("errors.field", hasItem("date"));
        logCheckIn(p.patient(), checkIn(today(), 11, List.of())).statusCode(422).body("errors.field", hasItem("pain"));
        logCheckIn(p.patient(), checkIn(today(), 3, List.of("TOOTHACHE"))).statusCode(400)
                .body("errors.field", hasItem("redFlags[0]"));
        Map<String, Object> noFlags = checkIn(today(), 3, List.of());
        noFlags.remove("redFlags");
        logCheckIn(p.patient(), noFlags).statusCode(422).body("errors.field", hasItem("redFlags"));
        logCheckIn(p.patient(), "{\"date\":").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.therapist(p.therapist())).contentType("application/json")
                .body(checkIn(today(), 3, List.of())).when().post("/api/checkins").then().statusCode(403);
        assertThat(ProgressFixtures.logsOf(p.patient())).isZero();
        assertThat(TestDatabase.outboxEventsFor(p.patient())).isZero();
    }

    private static void rejected(ProgressFixtures.OnPlan p, Object body, int status, String field) {
        logSession(p.patient(), body).statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(ProgressFixtures.logsOf(p.patient())).isZero();
        assertThat(TestDatabase.outboxEventsFor(p.patient())).isZero();
    }
}
