package org.telerehab.program.rest;

import io.restassured.response.ValidatableResponse;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Seeded exercises, screened patients, care and plan bodies, shared by program-service's tests. */
final class ProgramFixtures {

    static final UUID DEAD_BUG = UUID.fromString("5eed0e00-0000-4000-8000-000000000003");
    static final UUID BIRD_DOG = UUID.fromString("5eed0e00-0000-4000-8000-000000000004");
    static final UUID KNEE_TO_CHEST = UUID.fromString("5eed0e00-0000-4000-8000-000000000014");
    static final UUID PIGEON = UUID.fromString("5eed0e00-0000-4000-8000-000000000016");
    static final UUID LIZARD = UUID.fromString("5eed0e00-0000-4000-8000-000000000017");
    static final UUID LUMBAR_TEMPLATE = UUID.fromString("5eed7e00-0000-4000-8000-000000000001");

    private ProgramFixtures() {
    }

    static ScreeningCompleted screening(UUID patient, Disposition disposition, List<Region> painTypes, RiskLevel risk,
                                        Instant submittedAt) {
        List<RedFlag> flags = switch (disposition) {
            case EMERGENCY_REFERRAL -> List.of(RedFlag.SADDLE_NUMBNESS);
            case PHYSICIAN_REVIEW -> List.of(RedFlag.NIGHT_PAIN);
            case READY_FOR_PROGRAM -> List.of();
        };
        return new ScreeningCompleted(UUID.randomUUID(), submittedAt, patient, UUID.randomUUID(), disposition,
                painTypes, risk, 5, Chronicity.CHRONIC, flags, 30, 4, 2);
    }

    /** Publishes the screening as intake-service would, and waits until the worklist has it. */
    static void screened(ScreeningCompleted screening) {
        EventProbe.publish(screening);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM triage_entry WHERE screening_id = ?", screening.screeningId()) == 1);
    }

    static UUID screenedPatient(Disposition disposition, Region... painTypes) {
        UUID patient = UUID.randomUUID();
        screened(screening(patient, disposition, List.of(painTypes), RiskLevel.MEDIUM, Instant.now()));
        return patient;
    }

    static void takeIntoCare(UUID therapist, UUID patient) {
        given().auth().oauth2(TestTokens.therapist(therapist)).when().post("/api/patients/{id}/care", patient)
                .then().statusCode(201);
    }

    /** A red flag reported at a check-in, as progress-service announces it; waits until program has the report. */
    static RedFlagReported reportedAtCheckIn(UUID patient, RedFlag... flags) {
        return reportedAtCheckIn(patient, Instant.now(), flags);
    }

    static RedFlagReported reportedAtCheckIn(UUID patient, Instant at, RedFlag... flags) {
        RedFlagReported reported = new RedFlagReported(UUID.randomUUID(), at, patient, UUID.randomUUID(),
                RedFlag.severityOf(List.of(flags)).orElseThrow(), List.of(flags));
        EventProbe.publish(reported);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM red_flag_report WHERE id = ?", reported.reportId()) == 1);
        return reported;
    }

    /** Whether the plan has this status (ACTIVE, PAUSED, SUPERSEDED) in program's database. */
    static boolean planIs(String planId, String status) {
        return TestDatabase.count("SELECT count(*) FROM care_plan WHERE id = ? AND status = ?", UUID.fromString(planId),
                status) == 1;
    }

    static long openReportsOf(UUID patient) {
        return TestDatabase.count("SELECT count(*) FROM red_flag_report WHERE patient_id = ? AND clearance_id IS NULL",
                patient);
    }

    /** The caring therapist records a physician's clearance of the patient's red flags. */
    static void clear(UUID therapist, UUID patient) {
        given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json")
                .body(Map.of("note", "GP letter: red flags explained, cleared for exercise"))
                .when().post("/api/patients/{id}/clearance", patient).then().statusCode(200);
    }

    /** A valid new exercise for the library: a wall sit. */
    static Map<String, Object> exercise(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("summary", "Isometric quad and glute work against a wall.");
        body.put("steps", List.of("Stand with your back against a wall.", "Slide down a little.", "Hold, breathe."));
        body.put("cues", List.of("Keep your back flat on the wall.", "6-7 out of 10, never 8+."));
        body.put("regions", List.of("LUMBAR", "HIP_PELVIS"));
        body.put("movementTags", List.of("LOADED"));
        body.put("equipment", List.of());
        body.put("dose", Map.of("sets", 3, "reps", 1, "holdSeconds", 30));
        body.put("intensityCap", 6);
        return body;
    }

    static Map<String, Object> item(UUID exerciseId, int intensityCap, Integer notWithinMinutesOfWaking) {
        Map<String, Object> item = new HashMap<>();
        item.put("exerciseId", exerciseId.toString());
        item.put("sets", 3);
        item.put("reps", 10);
        item.put("holdSeconds", 0);
        item.put("intensityCap", intensityCap);
        item.put("notWithinMinutesOfWaking", notWithinMinutesOfWaking);
        return item;
    }

    @SafeVarargs
    static Map<String, Object> plan(Map<String, Object>... items) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", LUMBAR_TEMPLATE.toString());
        body.put("startDate", LocalDate.now().toString());
        body.put("sessionsPerWeek", 3);
        body.put("microBreakEveryMinutes", 120);
        body.put("habitCues", List.of(Map.of("trigger", "I stand up from my desk", "action", "3 cat-cows")));
        body.put("items", new ArrayList<>(List.of(items)));
        body.put("acknowledgedWarnings", new ArrayList<>());
        return body;
    }

    static ValidatableResponse assign(UUID therapist, UUID patient, Object body) {
        return given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json").body(body)
                .when().post("/api/patients/{id}/plans", patient).then();
    }

    static long plansOf(UUID patient) {
        return TestDatabase.count("SELECT count(*) FROM care_plan WHERE patient_id = ?", patient);
    }

    static long outboxOf(UUID patient, String type) {
        return TestDatabase.count("SELECT count(*) FROM outbox_event WHERE event_key = ? AND event_type = ?",
                patient.toString(), type);
    }
}
