package org.telerehab.engagement.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.codes.AlertType;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing while a plan is paused; after downtime, only what is still useful (no burst of stale reminders). */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PausedAndLateRemindersTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    static final Instant ASSIGNED = MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    @Inject
    ReminderPlanning planning;
    @Inject
    ReminderDispatch dispatch;

    @Test
    void aPausedPlanIsRemindedOfNothingNotEvenWhatWasAlreadyPlanned() {
        UUID patient = EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, 60, ASSIGNED);
        EngagementFixtures.worksFromNineToFive(patient);
        planning.planDue(ASSIGNED);
        assertThat(pending(patient)).as("planned ahead before the pause").isPositive();

        UUID plan = UUID.fromString(TestDatabase.strings("SELECT plan_id::text FROM patient_rhythm"
                + " WHERE patient_id = ?", patient).get(0));
        EventProbe.publish(new PlanPaused(UUID.randomUUID(), ASSIGNED.plusSeconds(60), patient, plan,
                AlertType.RED_FLAG_SYMPTOM, null, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(patient) == 0);

        ReminderClock.run(planning, dispatch, ASSIGNED, ASSIGNED.plus(Duration.ofDays(3)), Duration.ofMinutes(30));
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ?", patient)).isZero();
    }

    @Test
    void afterADayOfDowntimeYesterdaysRemindersAreSkippedNotSentInABurst() {
        UUID patient = EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, 60, ASSIGNED);
        EngagementFixtures.worksFromNineToFive(patient);
        planning.planDue(ASSIGNED);

        // down from Monday 00:00 to Tuesday 09:05: Monday's micro-breaks and session reminder are stale by then
        Instant back = ASSIGNED.plus(Duration.ofHours(33)).plusSeconds(300);
        dispatch.sendDue(back);

        assertThat(TestDatabase.strings("SELECT kind FROM notification WHERE person_id = ?", patient)).isEmpty();
        assertThat(TestDatabase.count("SELECT count(*) FROM reminder WHERE person_id = ? AND state = 'SKIPPED'",
                patient)).as("Monday's 8 micro-breaks and its session reminder").isEqualTo(9);
        // and the service goes on: Tuesday's 10:00 micro-break is sent at 10:00
        planning.planDue(back);
        dispatch.sendDue(back.plus(Duration.ofMinutes(55)));
        assertThat(TestDatabase.strings("SELECT kind FROM notification WHERE person_id = ?", patient))
                .containsExactly("MICRO_BREAK");
    }

    static long pending(UUID patient) {
        return TestDatabase.count("SELECT count(*) FROM reminder WHERE person_id = ? AND state = 'PENDING'", patient);
    }
}
