package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.progress.service.ScheduledChecks;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AlertFlowTest {

    @Inject
    ScheduledChecks checks;

    @Test
    void anEmergencyAtACheckInRaisesOneAlertPerEpisodeButEveryReportIsAnnounced() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));

        logCheckIn(p.patient(), checkIn(today(), 4, List.of("SADDLE_NUMBNESS"))).statusCode(201)
                .body("alertsRaised", contains("RED_FLAG_SYMPTOM"))
                .body("advice[0]", containsString("top exercising"));
        // still open: the patient is told again, the therapist is not alerted twice, the report goes out again
        logCheckIn(p.patient(), checkIn(today(), 4, List.of("SADDLE_NUMBNESS"))).statusCode(201)
                .body("alertsRaised", empty())
                .body("advice", org.hamcrest.Matchers.not(empty()));

        List<AlertRaised> raised = alertsRaised(p.patient(), 1);
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.alertType()).isEqualTo(AlertType.RED_FLAG_SYMPTOM);
            assertThat(a.redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
        });
        assertThat(EventProbe.events(Topics.PROGRESS_ALERTS,
                e -> e.key().equals(p.patient()) && e instanceof RedFlagReported, 2, Duration.ofSeconds(20),
                Duration.ofSeconds(1))).hasSize(2);
        String alertId = raised.get(0).alertId().toString();

        given().auth().oauth2(TestTokens.therapist(java.util.UUID.randomUUID()))
                .when().post("/api/alerts/{id}/resolve", alertId).then().statusCode(403);
        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().post("/api/alerts/{id}/resolve", alertId).then().statusCode(200);
        // the clinical decision and the refused attempt before it are both in the audit trail
        assertThat(TestDatabase.strings("SELECT action FROM audit_log WHERE patient_id = ?"
                + " AND action IN ('RESOLVE', 'REFUSED') ORDER BY id", p.patient()))
                .containsExactly("REFUSED", "RESOLVE");
        logCheckIn(p.patient(), checkIn(today(), 4, List.of("WORSENING_NUMBNESS"))).statusCode(201)
                .body("alertsRaised", contains("RED_FLAG_SYMPTOM"));

        List<TelerehabEvent> events = EventProbe.events(Topics.PROGRESS_ALERTS,
                e -> e.key().equals(p.patient()) && !(e instanceof RedFlagReported), 3, Duration.ofSeconds(20),
                Duration.ofSeconds(2));
        assertThat(events).extracting(TelerehabEvent::type)
                .containsExactly(AlertRaised.TYPE, AlertResolved.TYPE, AlertRaised.TYPE);
    }

    private static List<AlertRaised> alertsRaised(java.util.UUID patient, int expected) {
        return EventProbe.events(Topics.PROGRESS_ALERTS, e -> e.key().equals(patient) && e instanceof AlertRaised,
                expected, Duration.ofSeconds(20), Duration.ofSeconds(2)).stream().map(AlertRaised.class::cast).toList();
    }

    @Test
    void flareAndTooHardAtTheirThresholds() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(2));
        logCheckIn(p.patient(), checkIn(today(), 6, List.of())).statusCode(201).body("alertsRaised", empty());
        logSession(p.patient(), session(p.planId(), daysAgo(0), 6, 7)).statusCode(201)
                .body("alertsRaised", empty());
        logSession(p.patient(), session(p.planId(), daysAgo(0), 7, 8)).statusCode(201)
                .body("alertsRaised", contains("FLARE", "TOO_HARD"));
        logCheckIn(p.patient(), checkIn(today(), 9, List.of())).statusCode(201).body("alertsRaised", empty());

        given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/progress", p.patient())
                .then().body("openAlerts.type", contains("FLARE", "TOO_HARD"))
                .body("openAlerts[0].detail", containsString("7/10"));
    }

    @Test
    void scheduledChecksRaiseDisengagedAndReadyToProgressOnce() {
        var idle = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(10));
        var steady = ProgressFixtures.patientOnPlan(5, 1, today().minusDays(20));
        for (int daysAgo : new int[] {1, 5, 9}) {
            logSession(steady.patient(), session(steady.planId(), daysAgo(daysAgo), 3, 5)).statusCode(201);
        }

        checks.runAt(Instant.now());
        checks.runAt(Instant.now());

        given().auth().oauth2(TestTokens.patient(idle.patient())).when().get("/api/patients/{id}/progress", idle.patient())
                .then().body("openAlerts.type", contains("DISENGAGED"));
        given().auth().oauth2(TestTokens.patient(steady.patient()))
                .when().get("/api/patients/{id}/progress", steady.patient())
                .then().body("openAlerts.type", contains("READY_TO_PROGRESS"))
                .body("adherence28d", org.hamcrest.Matchers.greaterThanOrEqualTo(0.8f));
        assertThat(alertsRaised(idle.patient(), 1)).hasSize(1);
    }
}
