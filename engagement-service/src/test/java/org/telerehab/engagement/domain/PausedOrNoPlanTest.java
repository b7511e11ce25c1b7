package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Nothing at all without a running plan: a paused plan follows an emergency red flag. */
class PausedOrNoPlanTest {

    /** Monday of week 2: a session, four micro-breaks, the 48-hour nudge and a re-assessment. */
    static ScheduleFixture busyMonday() {
        return aPatient().microBreaksEvery(120).working(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .lastActivity(Instant.parse("2026-12-05T10:00:00Z"));
    }

    @Test
    void aRunningPlanHasEveryKindThatDay() {
        assertThat(ReminderPlanner.planDay(busyMonday().build(), MONDAY, QuietHours.DEFAULT))
                .extracting(Reminder::kind).containsExactlyInAnyOrder(NotificationKind.NOTHING_LOGGED,
                        NotificationKind.MICRO_BREAK, NotificationKind.MICRO_BREAK, NotificationKind.MICRO_BREAK,
                        NotificationKind.MICRO_BREAK, NotificationKind.SESSION_DUE, NotificationKind.REASSESSMENT_DUE);
    }

    @Test
    void nothingWhilePaused() {
        var paused = busyMonday().paused().build();

        assertThat(ReminderPlanner.planDay(paused, MONDAY, QuietHours.DEFAULT)).isEmpty();
        assertThat(ReminderPlanner.planBetween(paused, Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("2027-03-01T00:00:00Z"), QuietHours.DEFAULT)).isEmpty();
    }

    @Test
    void nothingWithoutAPlan() {
        var withoutPlan = busyMonday().withoutPlan().build();

        assertThat(ReminderPlanner.planDay(withoutPlan, MONDAY, QuietHours.DEFAULT)).isEmpty();
        assertThat(withoutPlan.planRunning()).isFalse();
    }
}
