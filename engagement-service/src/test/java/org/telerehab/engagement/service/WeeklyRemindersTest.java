package org.telerehab.engagement.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler's turns through a patient's week, every 15 minutes on the tests' clock: a 3-a-week plan is reminded on
 * Monday, Wednesday and Friday at 18:00 of the patient's own day, in California (UTC-8) and in Brisbane (UTC+10), once
 * each.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class WeeklyRemindersTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Inject
    ReminderPlanning planning;
    @Inject
    ReminderDispatch dispatch;

    @Test
    void aPatientInCaliforniaIsRemindedAtSixInTheEveningOfTheirMondayWednesdayAndFriday() {
        Instant assigned = Instant.parse("2027-01-04T00:00:00Z"); // Sunday 16:00 in California
        ZoneId california = ZoneId.of("America/Los_Angeles");
        UUID patient = EngagementFixtures.patientOnPlan(california, MONDAY, 3, null, assigned);

        ReminderClock.run(planning, dispatch, assigned, weekAfter(california), Duration.ofMinutes(15));

        // 18:00 PST is 02:00Z of the next UTC day
        assertThat(sessionRemindersOf(patient)).containsExactly("2027-01-05 02:00:00+00", "2027-01-07 02:00:00+00",
                "2027-01-09 02:00:00+00");
    }

    @Test
    void aPatientInBrisbaneIsRemindedOnTheirOwnDaysAheadOfUtc() {
        Instant assigned = Instant.parse("2027-01-03T12:00:00Z"); // Sunday 22:00 in Brisbane
        ZoneId brisbane = ZoneId.of("Australia/Brisbane");
        UUID patient = EngagementFixtures.patientOnPlan(brisbane, MONDAY, 3, null, assigned);

        ReminderClock.run(planning, dispatch, assigned, weekAfter(brisbane), Duration.ofMinutes(15));

        // 18:00 AEST is 08:00Z of the same day
        assertThat(sessionRemindersOf(patient)).containsExactly("2027-01-04 08:00:00+00", "2027-01-06 08:00:00+00",
                "2027-01-08 08:00:00+00");
    }

    /** The start of the next week in the patient's zone: the scheduler runs through their whole week. */
    static Instant weekAfter(ZoneId zone) {
        return MONDAY.plusDays(7).atStartOfDay(zone).toInstant();
    }

    /** When each session reminder the patient was told of was due, in order, as PostgreSQL prints it in UTC. */
    static java.util.List<String> sessionRemindersOf(UUID patient) {
        assertThat(TestDatabase.count("SELECT count(*) FROM notification n JOIN reminder r ON r.notification_id = n.id"
                + " WHERE n.person_id = ? AND n.kind = 'SESSION_DUE'", patient))
                .as("every session notification comes from one reminder").isEqualTo(TestDatabase.count(
                        "SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'SESSION_DUE'", patient));
        return TestDatabase.strings("SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00'"
                + " FROM reminder WHERE person_id = ? AND kind = 'SESSION_DUE' AND state = 'SENT' ORDER BY due_at",
                patient);
    }
}
