package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.NotificationKind.NOTHING_LOGGED;
import static org.telerehab.events.codes.NotificationKind.SESSION_DUE;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;
import static org.telerehab.engagement.domain.ScheduleFixture.dueAts;
import static org.telerehab.engagement.domain.ScheduleFixture.only;
import static org.telerehab.engagement.domain.ScheduleFixture.planDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Los Angeles springs forward on Sunday 2027-03-14 at 02:00 (to 03:00 PDT) and falls back on 2026-11-01. */
class DaylightSavingTest {

    static final LocalDate SATURDAY = LocalDate.of(2027, 3, 13);
    static final QuietHours LATE_EVENING = new QuietHours(LocalTime.of(23, 0), LocalTime.of(1, 0));

    @Test
    void eighteenHundredsLocalIsAnHourEarlierInUtcFromTheDayTheClocksSpringForward() {
        var daily = aPatient().in("America/Los_Angeles").plan(SATURDAY.minusDays(5), 7).build();

        assertThat(dueAts(planDays(SESSION_DUE, daily, SATURDAY, 3))).containsExactly(
                Instant.parse("2027-03-14T02:00:00Z"),
                Instant.parse("2027-03-15T01:00:00Z"),
                Instant.parse("2027-03-16T01:00:00Z"));
    }

    @Test
    void aReminderTimeThatDoesNotExistThatDayIsMovedLaterByTheGap() {
        var daily = aPatient().in("America/Los_Angeles").plan(SATURDAY.minusDays(5), 7)
                .remindedAt(LocalTime.of(2, 30)).build();

        assertThat(dueAts(sessions(daily, SATURDAY, 3))).containsExactly(
                Instant.parse("2027-03-13T10:30:00Z"),  // 02:30 PST
                Instant.parse("2027-03-14T10:30:00Z"),  // 02:30 does not exist: 03:30 PDT
                Instant.parse("2027-03-15T09:30:00Z")); // 02:30 PDT
    }

    @Test
    void aReminderTimeThatExistsTwiceIsTheEarlierOne() {
        var daily = aPatient().in("America/Los_Angeles").plan(LocalDate.of(2026, 10, 26), 7)
                .remindedAt(LocalTime.of(1, 30)).build();

        assertThat(dueAts(sessions(daily, LocalDate.of(2026, 11, 1), 1)))
                .containsExactly(Instant.parse("2026-11-01T08:30:00Z")); // 01:30 PDT, not 01:30 PST
    }

    @Test
    void theNudgeIsFortyEightRealHoursLaterWhateverTheClockSays() {
        var schedule = aPatient().in("America/Los_Angeles").plan(SATURDAY.minusDays(5), 7)
                .lastActivity(Instant.parse("2027-03-13T20:00:00Z")).build(); // 12:00 PST

        assertThat(planDays(NOTHING_LOGGED, schedule, SATURDAY, 3)).extracting(Reminder::dueAt)
                .containsExactly(Instant.parse("2027-03-15T20:00:00Z")); // 13:00 PDT
    }

    private static List<Reminder> sessions(PatientSchedule schedule, LocalDate first, int days) {
        List<Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            reminders.addAll(only(SESSION_DUE, ReminderPlanner.planDay(schedule, first.plusDays(i), LATE_EVENING)));
        }
        return reminders;
    }
}
