package org.telerehab.engagement.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.telerehab.testsupport.TestTokens.as;

/** An emergency red flag reaches the therapist caring for the patient now, once, and nobody else. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RedFlagAlertTest {

    @Test
    void anEmergencyReachesTheCaringTherapistOnceAndAReviewFlagDoesNot() {
        UUID patient = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        Instant now = Instant.now();
        EngagementFixtures.careTaken(patient, therapist, now.minusSeconds(60));
        EventProbe.publish(new RedFlagReported(UUID.randomUUID(), now, patient, UUID.randomUUID(),
                RedFlag.Severity.REVIEW, List.of(RedFlag.OSTEOPOROSIS)));
        RedFlagReported emergency = new RedFlagReported(UUID.randomUUID(), now, patient, UUID.randomUUID(),
                RedFlag.Severity.EMERGENCY, List.of(RedFlag.SADDLE_NUMBNESS));
        EventProbe.publish(emergency);
        EventProbe.publish(emergency); // delivered twice: told once

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(therapist, "therapist")
                .get("/api/notifications").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("RED_FLAG_ALERT"))
                .body("items[0].patientId", equalTo(patient.toString()))
                .body("unread", equalTo(1)));
        as(patient, "patient").get("/api/notifications").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void afterATransferTheNewTherapistIsToldAndTheFormerIsNot() {
        UUID patient = UUID.randomUUID();
        UUID former = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        Instant now = Instant.now();
        EngagementFixtures.careTaken(patient, former, now.minusSeconds(120));
        EngagementFixtures.careTaken(patient, current, now.minusSeconds(60));
        EventProbe.publish(new RedFlagReported(UUID.randomUUID(), now, patient, UUID.randomUUID(),
                RedFlag.Severity.EMERGENCY, List.of(RedFlag.CERVICAL_ARTERY_SIGNS)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(current, "therapist")
                .get("/api/notifications").then().body("items", hasSize(1)));
        as(former, "therapist").get("/api/notifications").then().body("items", hasSize(0));
    }
}
