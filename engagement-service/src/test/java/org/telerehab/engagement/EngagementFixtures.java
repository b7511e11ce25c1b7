package org.telerehab.engagement;

import io.restassured.response.ValidatableResponse;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
