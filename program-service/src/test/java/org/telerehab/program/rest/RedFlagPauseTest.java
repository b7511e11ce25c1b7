package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.telerehab.program.rest.ProgramFixtures.BIRD_DOG;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.assign;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

/** Every emergency report, from a screening or a check-in, pauses whatever plan is running. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RedFlagPauseTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void aRescreenWithAnEmergencyPausesTheRunningPlan() {
        OnPlan onPlan = patientOnPlan();
        UUID patient = onPlan.patient();
        String planId = onPlan.planId();

        ScreeningCompleted rescreen = ProgramFixtures.screening(patient, Disposition.EMERGENCY_REFERRAL,
                List.of(Region.LUMBAR), RiskLevel.MEDIUM, Instant.now());
        ProgramFixtures.screened(rescreen);

        PlanPaused paused = pauseOf(patient, 1).get(0);
        assertThat(paused.planId()).hasToString(planId);
        assertThat(paused.reason()).isEqualTo(AlertType.RED_FLAG_SYMPTOM);
        assertThat(paused.redFlagReportId()).isEqualTo(rescreen.screeningId());
        assertThat(ProgramFixtures.planIs(planId, "PAUSED")).isTrue();
        assign(therapist, patient, plan(item(BIRD_DOG, 6, null))).statusCode(409);
    }

    @Test
    void aSecondEmergencyCheckInPausesThePlanAssignedAfterTheFirstWasCleared() {
        UUID patient = patientOnPlan().patient();
        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.SADDLE_NUMBNESS);
        // progress also raised its alert for the first report; the therapist never resolved it
        EventProbe.publish(new AlertRaised(UUID.randomUUID(), Instant.now(), patient, UUID.randomUUID(),
                AlertType.RED_FLAG_SYMPTOM, List.of(RedFlag.SADDLE_NUMBNESS)));
        pauseOf(patient, 1);

        ProgramFixtures.clear(therapist, patient);
        String second = assign(therapist, patient, plan(item(BIRD_DOG, 6, null))).statusCode(201)
                .extract().path("id");

        // progress raises no new alert while the first is open, but reports the flag again
        RedFlagReported again = ProgramFixtures.reportedAtCheckIn(patient, RedFlag.WORSENING_NUMBNESS);

        PlanPaused secondPause = pauseOf(patient, 2).get(1);
        assertThat(secondPause.planId()).hasToString(second);
        assertThat(secondPause.redFlagReportId()).isEqualTo(again.reportId());
        assertThat(ProgramFixtures.planIs(second, "PAUSED")).isTrue();
    }

    @Test
    void anEmergencyScreeningThatArrivesLateStillOpensAReportAndPausesThePlan() {
        OnPlan onPlan = patientOnPlan();
        UUID patient = onPlan.patient();
        String planId = onPlan.planId();
        ScreeningCompleted older = ProgramFixtures.screening(patient, Disposition.EMERGENCY_REFERRAL,
                List.of(Region.LUMBAR), RiskLevel.LOW, Instant.now().minusSeconds(86_400 * 3));
        EventProbe.publish(older);

        pauseOf(patient, 1);
        assertThat(ProgramFixtures.planIs(planId, "PAUSED")).isTrue();
        assertThat(ProgramFixtures.openReportsOf(patient)).isEqualTo(1);
        // the worklist still shows the newest screening
        assertThat(TestDatabase.count("SELECT count(*) FROM triage_entry WHERE patient_id = ? AND screening_id = ?",
                patient, older.screeningId())).isZero();
    }

    @Test
    void theSameReportDeliveredTwicePausesOnceAndAReviewReportNever() {
        UUID patient = patientOnPlan().patient();
        ProgramFixtures.reportedAtCheckIn(patient, RedFlag.NIGHT_PAIN);
        RedFlagReported emergency = ProgramFixtures.reportedAtCheckIn(patient, RedFlag.BILATERAL_LEG_SYMPTOMS);
        // the same check-in announced again (a producer retry gives it a new event id)
        RedFlagReported retry = new RedFlagReported(UUID.randomUUID(), emergency.occurredAt(), patient,
                emergency.reportId(), emergency.severity(), emergency.redFlags());
        EventProbe.publish(retry);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", retry.eventId()) == 1);

        assertThat(pauseOf(patient, 1)).singleElement()
                .satisfies(p -> assertThat(p.redFlagReportId()).isEqualTo(emergency.reportId()));
        assertThat(TestDatabase.count("SELECT count(*) FROM red_flag_report WHERE patient_id = ?", patient))
                .isEqualTo(2);
    }

    record OnPlan(UUID patient, String planId) {
    }

    private OnPlan patientOnPlan() {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        String planId = assign(therapist, patient, plan(item(DEAD_BUG, 6, null))).statusCode(201)
                .extract().path("id");
        return new OnPlan(patient, planId);
    }

    /** Waits for the patient's n-th PlanPaused and checks no more arrive. */
    private static List<PlanPaused> pauseOf(UUID patient, int expected) {
        List<PlanPaused> paused = EventProbe.events(Topics.PROGRAM_CARE,
                        e -> e.key().equals(patient) && e instanceof PlanPaused, expected,
                        Duration.ofSeconds(20), Duration.ofSeconds(2))
                .stream().map(PlanPaused.class::cast).toList();
        assertThat(paused).hasSize(expected);
        return paused;
    }
}
