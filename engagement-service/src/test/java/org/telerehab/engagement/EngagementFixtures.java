package org.telerehab.engagement;

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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Events the tests start from, each awaited until engagement-service has applied it. */
public final class EngagementFixtures {

    private EngagementFixtures() {
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
}
