package org.telerehab.engagement.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.events.NotificationRaised;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.testsupport.TestTokens.as;

/**
 * A notification is announced for mail (NotificationRaised, ids and a code) unless the person turned email off;
 * micro-breaks never are. Either way the portal shows it.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EmailChoiceTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 4, 5);
    static final Instant ASSIGNED = MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    @Inject
    ReminderPlanning planning;
    @Inject
    ReminderDispatch dispatch;

    @Test
    void theSessionReminderIsMailedButNoMicroBreak() {
        UUID patient = EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, 120, ASSIGNED);
        EngagementFixtures.worksFromNineToFive(patient);

        ReminderClock.run(planning, dispatch, ASSIGNED, ASSIGNED.plus(Duration.ofHours(20)), Duration.ofMinutes(30));

        assertThat(TestDatabase.strings("SELECT kind FROM notification WHERE person_id = ? ORDER BY created_at",
                patient)).containsExactly("MICRO_BREAK", "MICRO_BREAK", "MICRO_BREAK", "MICRO_BREAK", "SESSION_DUE");
        assertThat(EventProbe.events(Topics.ENGAGEMENT_NOTIFICATIONS, e -> e.key().equals(patient), 1,
                Duration.ofSeconds(20), Duration.ofSeconds(2)))
                .singleElement().extracting(e -> ((NotificationRaised) e).kind())
                .isEqualTo(NotificationKind.SESSION_DUE);
    }

    @Test
    void emailOffIsHonouredAndThePortalStillShowsTheReminder() {
        UUID patient = EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, null, ASSIGNED);
        as(patient, "patient").contentType("application/json").body("{\"email\": false}")
                .put("/api/notification-preferences").then().statusCode(200);

        ReminderClock.run(planning, dispatch, ASSIGNED, ASSIGNED.plus(Duration.ofHours(20)), Duration.ofMinutes(30));

        as(patient, "patient").get("/api/notifications").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.contains("SESSION_DUE"));
        assertThat(TestDatabase.outboxEventsFor(patient)).as("nothing to mail").isZero();
    }
}
