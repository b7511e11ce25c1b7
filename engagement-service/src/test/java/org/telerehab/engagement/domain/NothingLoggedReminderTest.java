package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.NotificationKind.NOTHING_LOGGED;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;
import static org.telerehab.engagement.domain.ScheduleFixture.only;
import static org.telerehab.engagement.domain.ScheduleFixture.planDays;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** NOTHING_LOGGED: 48 hours after the gap began, once per gap, held out of quiet hours. */
class NothingLoggedReminderTest {

    @Test
    void dueExactly48HoursAfterTheLastSessionOnThatDayOnly() {
        var schedule = aPatient().lastActivity(Instant.parse("2026-12-07T10:00:00Z")).build();

        assertThat(planDays(NOTHING_LOGGED, schedule, MONDAY, 7)).containsExactly(new Reminder(NOTHING_LOGGED,
                "NOTHING_LOGGED:2026-12-07T10:00:00Z", Instant.parse("2026-12-09T10:00:00Z")));
    }

    @Test
    void oneDueAt23IsHeldTo8TheNextMorning() {
        var schedule = aPatient().lastActivity(Instant.parse("2026-12-07T23:00:00Z")).build();

        var nudge = new Reminder(NOTHING_LOGGED, "NOTHING_LOGGED:2026-12-07T23:00:00Z",
                Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(planDays(NOTHING_LOGGED, schedule, MONDAY.plusDays(2), 1)).containsExactly(nudge);
        assertThat(only(NOTHING_LOGGED, ReminderPlanner.planBetween(schedule, Instant.parse("2026-12-10T00:00:00Z"),
                Instant.parse("2026-12-11T00:00:00Z"), QuietHours.DEFAULT))).containsExactly(nudge);
    }

    @Test
    void aNewSessionStartsANewGap() {
        var before = aPatient().lastActivity(Instant.parse("2026-12-07T10:00:00Z")).build();
        var after = aPatient().lastActivity(Instant.parse("2026-12-08T09:00:00Z")).build();

        assertThat(planDays(NOTHING_LOGGED, before, MONDAY, 7)).extracting(Reminder::slot)
                .containsExactly("NOTHING_LOGGED:2026-12-07T10:00:00Z");
        assertThat(planDays(NOTHING_LOGGED, after, MONDAY, 7)).containsExactly(new Reminder(NOTHING_LOGGED,
                "NOTHING_LOGGED:2026-12-08T09:00:00Z", Instant.parse("2026-12-10T09:00:00Z")));
    }

    @Test
    void withNothingEverLoggedItCountsFromTheAssignment() {
        var schedule = aPatient().plan(MONDAY, 3).assignedAt(Instant.parse("2026-12-07T15:00:00Z")).build();

        assertThat(planDays(NOTHING_LOGGED, schedule, MONDAY, 7)).extracting(Reminder::dueAt)
                .containsExactly(Instant.parse("2026-12-09T15:00:00Z"));
    }

    @Test
    void aPlanAssignedAheadCountsFromItsFirstDayAndALogFromAnOldPlanDoesNotCount() {
        var schedule = aPatient().plan(MONDAY, 3).assignedAt(Instant.parse("2026-12-03T10:00:00Z"))
                .lastActivity(Instant.parse("2026-11-20T10:00:00Z")).build();

        // 48 hours from Monday 00:00 is Wednesday 00:00, in the morning part of the quiet hours: held to 08:00
        assertThat(planDays(NOTHING_LOGGED, schedule, MONDAY.minusDays(7), 14)).containsExactly(
                new Reminder(NOTHING_LOGGED, "NOTHING_LOGGED:2026-12-07T00:00:00Z",
                        Instant.parse("2026-12-09T08:00:00Z")));
    }
}
