package org.telerehab.engagement;

import io.restassured.response.ValidatableResponse;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.telerehab.testsupport.TestTokens.as;

/** Events the tests start from, each awaited until engagement-service has applied it, and the calls they make. */
public final class EngagementFixtures {

    private EngagementFixtures() {
    }

    /** A patient and the therapist caring for them. */
    public record Care(UUID patient, UUID therapist) {
    }

    /**
     * A patient in {@code zone} on an active plan of {@code sessionsPerWeek} starting on {@code start}, with a
     * micro-break rhythm (or null), assigned at {@code assignedAt}; awaited until engagement-service knows both the
     * zone and the plan.
     */
    public static UUID patientOnPlan(ZoneId zone, LocalDate start, int sessionsPerWeek, Integer microBreakEvery,
                                     Instant assignedAt) {
        UUID patient = UUID.randomUUID();
        EventProbe.publish(new PatientEnrolled(UUID.randomUUID(), assignedAt.minusSeconds(3600), patient, "en",
                zone.getId(), UUID.randomUUID()));
        EventProbe.publish(new PlanAssigned(UUID.randomUUID(), assignedAt, patient, UUID.randomUUID(), 1,
                UUID.randomUUID(), start, sessionsPerWeek, List.of(), null, microBreakEvery));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count("SELECT count(*) FROM patient_rhythm"
                + " WHERE patient_id = ? AND plan_id IS NOT NULL AND time_zone = ?", patient, zone.getId()) == 1);
        return patient;
    }

    /** The person works 09:00-17:00 in their own time (micro-breaks fall in these hours), email on. */
    public static void worksFromNineToFive(UUID person) {
        given().auth().oauth2(TestTokens.patient(person)).contentType("application/json")
                .body("{\"email\": true, \"reminderTime\": \"18:00\", \"workHours\": {\"from\": \"09:00\","
                        + " \"to\": \"17:00\"}}")
                .put("/api/notification-preferences").then().statusCode(200);
    }

    /**
     * The therapist cares for the patient from {@code since}. Awaited: events of different topics have no order
     * between them, and a test of who is told must start from a known carer.
     */
    public static void careTaken(UUID patient, UUID therapist, Instant since) {
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), since, patient, therapist));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM care_relation WHERE patient_id = ? AND therapist_id = ?", patient,
                therapist) == 1);
    }

    /** A new patient in the care of a new therapist since a minute ago. */
    public static Care inCare() {
        Care care = new Care(UUID.randomUUID(), UUID.randomUUID());
        careTaken(care.patient(), care.therapist(), Instant.now().minusSeconds(60));
        return care;
    }

    /** {@code author} (in {@code role}) writes {@code text} in the patient's thread. */
    public static ValidatableResponse write(UUID patient, UUID author, String role, String text) {
        return as(author, role).contentType("application/json").body(Map.of("text", text))
                .post("/api/patients/{patientId}/messages", patient).then();
    }

    /** {@code reader} (in {@code role}) reads the first page of the patient's thread. */
    public static ValidatableResponse read(UUID patient, UUID reader, String role) {
        return as(reader, role).get("/api/patients/{patientId}/messages", patient).then();
    }

    public static long messagesOf(UUID patient) {
        return TestDatabase.count("SELECT count(*) FROM message WHERE patient_id = ?", patient);
    }
}
