package org.telerehab.engagement.rest;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.telerehab.testsupport.TestTokens.as;

/** A person reads their own notifications; another person's is as absent as one that does not exist. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class NotificationReadTest {

    @Test
    void markingReadLowersTheUnreadCountAndAnotherPersonsIsNotFound() {
        UUID patient = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        EngagementFixtures.careTaken(patient, therapist, Instant.now().minusSeconds(60));
        EventProbe.publish(new RedFlagReported(UUID.randomUUID(), Instant.now(), patient, UUID.randomUUID(),
                RedFlag.Severity.EMERGENCY, List.of(RedFlag.FEVER)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(therapist, "therapist")
                .get("/api/notifications").then().body("items", hasSize(1)));
        String id = as(therapist, "therapist").get("/api/notifications").then().extract().path("items[0].id");

        as(UUID.randomUUID(), "therapist").post("/api/notifications/{id}/read", id).then().statusCode(404)
                .contentType("application/problem+json");
        as(therapist, "therapist").get("/api/notifications").then().body("unread", equalTo(1));

        as(therapist, "therapist").post("/api/notifications/{id}/read", id).then().statusCode(200)
                .body("readAt", notNullValue());
        as(therapist, "therapist").get("/api/notifications").then().body("unread", equalTo(0))
                .body("items[0].readAt", notNullValue());
        as(therapist, "therapist").post("/api/notifications/{id}/read", UUID.randomUUID()).then().statusCode(404);
    }
}
