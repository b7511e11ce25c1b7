package org.telerehab.progress.rest;

import io.restassured.response.ValidatableResponse;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A patient as the other services would have set them up (screened, in care, on a plan), and their logs. */
final class ProgressFixtures {

    static final UUID DEAD_BUG = UUID.fromString("5eed0e00-0000-4000-8000-000000000003");
    static final UUID BIRD_DOG = UUID.fromString("5eed0e00-0000-4000-8000-000000000004");

    record OnPlan(UUID patient, UUID therapist, UUID planId) {
    }

    private ProgressFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Instant daysAgo(int days) {
        return today().minusDays(days).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** Publishes ScreeningCompleted, PatientTakenIntoCare and PlanAssigned; waits until progress applied them. */
    static OnPlan patientOnPlan(int baselinePain, int sessionsPerWeek, LocalDate startDate) {
        return patientOnPlan(UUID.randomUUID(), baselinePain, sessionsPerWeek, startDate);
    }

    /**
     * A patient whose time zone registry-service announced (PatientEnrolled), on a plan as
     * {@link #patientOnPlan(int, int, LocalDate)}; waits until progress counts their days in it.
     */
    static OnPlan patientOnPlanIn(ZoneId zone, int baselinePain, int sessionsPerWeek, LocalDate startDate) {
        UUID patient = UUID.randomUUID();
        EventProbe.publish(new PatientEnrolled(UUID.randomUUID(), Instant.now(), patient, "en", zone.getId(), null));
        OnPlan onPlan = patientOnPlan(patient, baselinePain, sessionsPerWeek, startDate);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress WHERE patient_id = ? AND time_zone = ?", patient,
                zone.getId()) == 1);
        return onPlan;
    }

    /** A screening of this patient with this pain, as intake-service announces it. */
    static ScreeningCompleted screening(UUID patient, Instant at, int pain) {
        return new ScreeningCompleted(UUID.randomUUID(), at, patient, UUID.randomUUID(),
                Disposition.READY_FOR_PROGRAM, List.of(Region.LUMBAR), RiskLevel.MEDIUM, pain,
                Chronicity.CHRONIC, List.of(), 40, 4, 2);
    }

    static OnPlan patientOnPlan(UUID patient, int baselinePain, int sessionsPerWeek, LocalDate startDate) {
        UUID therapist = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        EventProbe.publish(screening(patient, Instant.now(), baselinePain));
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        EventProbe.publish(new PlanAssigned(UUID.randomUUID(), Instant.now(), patient, planId, 1, therapist,
                startDate, sessionsPerWeek, List.of(new PlanAssigned.Item(DEAD_BUG, 1, 3, 10, 0, 6, null),
                new PlanAssigned.Item(BIRD_DOG, 1, 3, 10, 0, 6, null)), null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM patient_progress p JOIN care_relation c USING (patient_id)"
                        + " WHERE p.patient_id = ? AND p.plan_id = ? AND p.baseline_pain IS NOT NULL",
                patient, planId) == 1);
        return new OnPlan(patient, therapist, planId);
    }

    static Map<String, Object> session(UUID planId, Instant performedAt, int painBefore, int intensity) {
        return session(planId, performedAt, painBefore, Math.max(0, painBefore - 1), intensity);
    }

    static Map<String, Object> session(UUID planId, Instant performedAt, int painBefore, int painAfter,
                                       int intensity) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId.toString());
        body.put("performedAt", performedAt.toString());
        body.put("exercises", List.of(Map.of("exerciseId", DEAD_BUG.toString(), "setsDone", 3, "repsDone", 10)));
        body.put("painBefore", painBefore);
        body.put("painAfter", painAfter);
        body.put("perceivedIntensity", intensity);
        body.put("notes", "felt steady");
        return body;
    }

    static Map<String, Object> checkIn(LocalDate date, int pain, List<String> redFlags) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("pain", pain);
        body.put("redFlags", redFlags);
        body.put("notes", null);
        return body;
    }

    static ValidatableResponse logSession(UUID patient, Object body) {
        return given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json").body(body)
                .when().post("/api/sessions").then();
    }

    static ValidatableResponse logCheckIn(UUID patient, Object body) {
        return given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json").body(body)
                .when().post("/api/checkins").then();
    }

    static long logsOf(UUID patient) {
        return TestDatabase.count("SELECT (SELECT count(*) FROM session_log WHERE patient_id = ?)"
                + " + (SELECT count(*) FROM checkin WHERE patient_id = ?)", patient, patient);
    }
}
