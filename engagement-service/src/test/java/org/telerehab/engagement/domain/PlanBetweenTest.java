package org.telerehab.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerehab.events.clinical.PatientDays;

/** planBetween: what is due from one instant (inclusive) to another (exclusive), each slot once. */
class PlanBetweenTest {

    static final PatientSchedule PACIFIC = aPatient().in("America/Los_Angeles")
            .lastActivity(Instant.parse("2026-12-09T06:30:00Z")).build();

    @Test
    void thePatientsWeekIsWhatItsDaysPlan() {
        PatientDays days = PACIFIC.days();
        List<Reminder> byDay = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            byDay.addAll(ReminderPlanner.planDay(PACIFIC, MONDAY.plusDays(i), QuietHours.DEFAULT));
        }

        var week = ReminderPlanner.planBetween(PACIFIC, days.startOf(MONDAY), days.startOf(MONDAY.plusDays(7)),
                QuietHours.DEFAULT);

        assertThat(week).containsExactlyElementsOf(byDay).hasSize(5)
                .isSortedAccordingTo((a, b) -> a.dueAt().compareTo(b.dueAt()));
    }

    @Test
    void fromIsIncludedToIsNot() {
        var monday = Instant.parse("2026-12-08T02:00:00Z");

        assertThat(ReminderPlanner.planBetween(PACIFIC, monday, monday.plusSeconds(1), QuietHours.DEFAULT))
                .extracting(Reminder::slot).containsExactly("REASSESSMENT_DUE:2026-12-07", "SESSION_DUE:2026-12-07");
        assertThat(ReminderPlanner.planBetween(PACIFIC, monday.minusSeconds(1), monday, QuietHours.DEFAULT)).isEmpty();
    }

    @Test
    void aReminderHeldFromTheDayBeforeIsFound() {
        // the last log at 22:30 PST on Tuesday: 48 hours later is Thursday 22:30, held to Friday 08:00 PST
        var friday = ReminderPlanner.planBetween(PACIFIC, Instant.parse("2026-12-11T16:00:00Z"),
                Instant.parse("2026-12-11T16:00:01Z"), QuietHours.DEFAULT);

        assertThat(friday).extracting(Reminder::slot).containsExactly("NOTHING_LOGGED:2026-12-09T06:30:00Z");
    }

    @Test
    void remindersDueAtOneTimeAreInTheOrderOfTheirSlotsWhateverDayTheyWerePlannedOn() {
        // Monday's 22:00 session and re-assessment reminders and Tuesday's 07:00 nudge are all held to Tuesday 08:00
        var schedule = aPatient().plan(MONDAY.minusDays(7), 7).remindedAt(LocalTime.of(22, 0))
                .lastActivity(Instant.parse("2026-12-06T07:00:00Z")).build();
        var eight = Instant.parse("2026-12-08T08:00:00Z");

        assertThat(ReminderPlanner.planBetween(schedule, eight, eight.plusSeconds(1), QuietHours.DEFAULT))
                .extracting(Reminder::slot)
                .containsExactly("NOTHING_LOGGED:2026-12-06T07:00:00Z", "REASSESSMENT_DUE:2026-12-07",
                        "SESSION_DUE:2026-12-07");
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThatThrownBy(() -> ReminderPlanner.planBetween(PACIFIC, Instant.parse("2026-12-11T16:00:00Z"),
                Instant.parse("2026-12-11T15:00:00Z"), QuietHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
