package org.telerehab.engagement;

import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Events the tests start from, each awaited until engagement-service has applied it. */
public final class EngagementFixtures {

    private EngagementFixtures() {
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
