package org.telerehab.engagement.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.codes.AlertType;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A therapist with a patient's open alert gets one digest at 08:00 (the clinic's zone, UTC here), however often the
 * scheduler turns; once the alert is resolved, none the next day.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AlertDigestTest {

    static final Instant MORNING = Instant.parse("2027-05-03T06:00:00Z");

    @Inject
    AlertDigests digests;
    @Inject
    ReminderDispatch dispatch;

    @Test
    void oneDigestADayWhileAnAlertIsOpenAndNoneOnceItIsResolved() {
        UUID patient = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        EngagementFixtures.careTaken(patient, therapist, MORNING.minus(Duration.ofDays(1)));
        EventProbe.publish(new AlertRaised(UUID.randomUUID(), MORNING, patient, alert, AlertType.FLARE, List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM open_alert WHERE alert_id = ?", alert) == 1);

        ReminderClock.each(MORNING, MORNING.plus(Duration.ofHours(12)), Duration.ofMinutes(30), now -> {
            digests.planDue(now);
            dispatch.sendDue(now);
        });
        assertThat(TestDatabase.strings("SELECT to_char(created_at AT TIME ZONE 'UTC', 'HH24:MI') FROM notification"
                + " WHERE person_id = ? AND kind = 'ALERT_DIGEST'", therapist)).containsExactly("08:00");

        EventProbe.publish(new AlertResolved(UUID.randomUUID(), MORNING.plus(Duration.ofHours(13)), patient, alert,
                AlertType.FLARE, therapist));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM open_alert WHERE alert_id = ?", alert) == 0);
        Instant nextMorning = MORNING.plus(Duration.ofDays(1));
        ReminderClock.each(nextMorning, nextMorning.plus(Duration.ofHours(4)), Duration.ofMinutes(30), now -> {
            digests.planDue(now);
            dispatch.sendDue(now);
        });
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ?"
                + " AND kind = 'ALERT_DIGEST'", therapist)).isEqualTo(1);
    }
}
