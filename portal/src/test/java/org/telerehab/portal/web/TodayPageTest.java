package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's home says what is due today and how the week goes, in the patient's own days. A daily plan (7 a week)
 * keeps the expectations the same on every day of the week; the spread of fewer sessions is WeeklySessionsTest's.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class TodayPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final String ZONE = "Pacific/Kiritimati"; // UTC+14: most hours its today is not UTC's

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aDailyPlanAndNothingLogged() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 7);
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"timeZone\":\"" + ZONE + "\"}");
    }

    private void sessions(String json) {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/sessions")), 200, json);
    }

    private void checkIns(String json) {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/checkins")), 200, json);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of(ZONE));
    }

    private static String home() {
        return given().when().get("/patient").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void todaysSessionAndCheckInAreDueWithTheExercisesToDo() {
        String home = home();
        assertThat(home).contains("id=\"todo-session\"", "href=\"/patient/session\">Today&#39;s session</a>",
                "Dead bug</span> <span class=\"hint\">(2 sets × 8 reps)</span>", "Cat-cow",
                "Cat-cow</span> <span class=\"hint\">(1 set, hold 30 s)</span>",
                "href=\"/patient/checkin\">Daily check-in</a>", "<strong>0 of 7</strong> sessions");
        assertThat(home).doesNotContain("Done:");
        // the week asked of progress-service is the patient's: their Monday up to their today
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        services.verify(getRequestedFor(urlPathEqualTo("/api/patients/" + PATIENT + "/sessions"))
                .withQueryParam("from", equalTo(monday.toString())).withQueryParam("to", equalTo(today().toString())));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aSessionEarlyInThePatientsDayCountsForTheirToday() {
        // one minute into the patient's day: in UTC it is still the day before
        Instant early = today().atStartOfDay(ZoneId.of(ZONE)).toInstant().plusSeconds(60);
        sessions("[{\"id\":\"s1\",\"performedAt\":\"" + early + "\",\"painBefore\":3,\"painAfter\":3}]");
        checkIns("[{\"id\":\"c1\",\"date\":\"" + today() + "\",\"pain\":3}]");
        String home = home();
        assertThat(home).contains("<strong>Done:</strong> today&#39;s session",
                "<strong>Done:</strong> today&#39;s check-in",
                "<strong>1 of 7</strong> sessions", "aria-current=\"date\"");
        assertThat(home).doesNotContain("href=\"/patient/session\">Today&#39;s session</a>",
                "href=\"/patient/checkin\">Daily check-in</a>");
        // the day strip says it in words too, not only by a tick
        assertThat(home).contains("(today):</span>", " 1 session</span>", " check-in</span>");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aPausedPlanSaysWhyFirstAndAsksForNoExercise() {
        ServiceStubs.patientWithPlan(services, PATIENT, "PAUSED", 7);
        String home = home();
        assertThat(home).contains("id=\"programme-hold\"", "<strong>No exercise today:</strong>");
        assertThat(home.indexOf("id=\"programme-hold\"")).isLessThan(home.indexOf("id=\"today-todo\""));
        assertThat(home).doesNotContain("href=\"/patient/session\">Today&#39;s session</a>", "id=\"this-week\"");
        // checking in stays open: it is how a new warning sign reaches the therapist
        assertThat(home).contains("href=\"/patient/checkin\">Daily check-in</a>");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void withoutAPlanThePatientIsSentToTheScreening() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 404,
                "{\"status\":404,\"title\":\"Not found\"}");
        assertThat(home()).contains("href=\"/patient/screening\">start with the screening</a>")
                .doesNotContain("Today&#39;s session");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void whatCannotBeReadIsSaidInWords() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/sessions")), 503,
                "{\"status\":503,\"title\":\"Unavailable\"}");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/reassessments/due"), 503,
                "{\"status\":503,\"title\":\"Unavailable\"}");
        String home = home();
        assertThat(home).contains("We could not read what you logged this week, whether a re-assessment is due just "
                + "now.");
        assertThat(home).doesNotContain("id=\"this-week\"", "Done:");
        // what was logged is unknown: the plan's session is still offered, never called a day off
        assertThat(home).contains("href=\"/patient/session\">Today&#39;s session</a>")
                .doesNotContain("No session today");
    }
}
