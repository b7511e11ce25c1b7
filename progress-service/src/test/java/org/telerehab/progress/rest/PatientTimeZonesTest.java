package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.progress.service.ScheduledChecks;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;

/**
 * A patient's days are their own (registry-service's time zone): a UTC-8 patient in California and a UTC+10 patient in
 * Brisbane, at hours where their day and the UTC day differ.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PatientTimeZonesTest {

    static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");
    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");

    @Inject
    ScheduledChecks checks;

    static LocalDate todayIn(ZoneId zone) {
        return LocalDate.now(zone);
    }

    static Instant at(LocalDate day, int hour, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }

    @Test
    void aSessionAtEightInTheEveningInCaliforniaCountsOnThatDay() {
        LocalDate yesterday = todayIn(CALIFORNIA).minusDays(1);
        var p = ProgressFixtures.patientOnPlanIn(CALIFORNIA, 5, 3, yesterday.minusDays(7));

        logSession(p.patient(), session(p.planId(), at(yesterday, 20, CALIFORNIA), 8, 5)).statusCode(201);

        // 20:00 in California is 04:00 UTC the next day
        assertThat(TestDatabase.strings("SELECT day::text FROM daily_rollup WHERE patient_id = ?", p.patient()))
                .containsExactly(yesterday.toString());
        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient()).then()
                .body("openAlerts[0].detail", containsString("before a session on " + yesterday));
    }

    @Test
    void aCheckInMayBeDatedUpToThePatientsTomorrow() {
        var p = ProgressFixtures.patientOnPlanIn(BRISBANE, 5, 3, todayIn(BRISBANE).minusDays(7));
        LocalDate tomorrow = todayIn(BRISBANE).plusDays(1);

        logCheckIn(p.patient(), checkIn(tomorrow, 3, List.of())).statusCode(201);
        logCheckIn(p.patient(), checkIn(tomorrow.plusDays(1), 3, List.of())).statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("date"))
                .body("errors[0].message", containsString(tomorrow.toString()));
    }

    @Test
    void disengagedCountsThePatientsOwnDaysInCaliforniaAndBrisbane() {
        // one run at noon in California: 20:00 UTC the same day, 06:00 the next day in Brisbane
        LocalDate californiaToday = todayIn(CALIFORNIA);
        Instant noonInCalifornia = at(californiaToday, 12, CALIFORNIA);
        LocalDate brisbaneToday = californiaToday.plusDays(1);
        // 3 sessions a week: disengaged after 5 days without a session
        var californiaFiveDays = patientWithLastSession(CALIFORNIA, at(californiaToday.minusDays(5), 20, CALIFORNIA));
        var californiaFourDays = patientWithLastSession(CALIFORNIA, at(californiaToday.minusDays(4), 20, CALIFORNIA));
        var brisbaneFiveDays = patientWithLastSession(BRISBANE, at(brisbaneToday.minusDays(5), 11, BRISBANE));
        var brisbaneFourDays = patientWithLastSession(BRISBANE, at(brisbaneToday.minusDays(4), 11, BRISBANE));

        checks.runAt(noonInCalifornia);

        // counted in UTC days, each of these would be a day off: 4 days for the first two, 5 and 4 for the others
        assertThat(openAlerts(californiaFiveDays)).containsExactly("DISENGAGED");
        assertThat(openAlerts(californiaFourDays)).isEmpty();
        assertThat(openAlerts(brisbaneFiveDays)).containsExactly("DISENGAGED");
        assertThat(openAlerts(brisbaneFourDays)).isEmpty();
    }

    @Test
    void aChangedTimeZoneMovesTheDaysThatFollow() {
        var p = ProgressFixtures.patientOnPlanIn(CALIFORNIA, 5, 3, todayIn(CALIFORNIA).minusDays(7));
        EventProbe.publish(new PatientPreferencesChanged(UUID.randomUUID(), Instant.now(), p.patient(), "en",
                BRISBANE.getId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress WHERE patient_id = ? AND time_zone = ?", p.patient(),
                BRISBANE.getId()) == 1);
        LocalDate day = todayIn(BRISBANE).minusDays(1);

        logSession(p.patient(), session(p.planId(), at(day, 7, BRISBANE), 3, 5)).statusCode(201);

        // 07:00 in Brisbane is 21:00 UTC the day before
        assertThat(TestDatabase.strings("SELECT day::text FROM daily_rollup WHERE patient_id = ?", p.patient()))
                .containsExactly(day.toString());
    }

    private static ProgressFixtures.OnPlan patientWithLastSession(ZoneId zone, Instant lastSession) {
        var p = ProgressFixtures.patientOnPlanIn(zone, 5, 3, LocalDate.ofInstant(lastSession, zone).minusDays(10));
        logSession(p.patient(), session(p.planId(), lastSession, 4, 5)).statusCode(201);
        return p;
    }

    private static List<String> openAlerts(ProgressFixtures.OnPlan p) {
        return TestDatabase.strings("SELECT type FROM alert WHERE patient_id = ? AND resolved_at IS NULL",
                p.patient());
    }
}
