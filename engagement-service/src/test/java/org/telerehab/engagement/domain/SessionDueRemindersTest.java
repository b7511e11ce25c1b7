package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.NotificationKind.SESSION_DUE;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;
import static org.telerehab.engagement.domain.ScheduleFixture.dueAts;
import static org.telerehab.engagement.domain.ScheduleFixture.planDays;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** SESSION_DUE: the days {@code WeeklySessions} asks on, at the patient's reminder time in their zone. */
class SessionDueRemindersTest {

    @Test
    void threeAWeekInLosAngelesIsMondayWednesdayAndFridayAt18Pst() {
        var week = planDays(SESSION_DUE, aPatient().in("America/Los_Angeles").build(), MONDAY, 7);

        assertThat(dueAts(week)).containsExactly(
                Instant.parse("2026-12-08T02:00:00Z"),
                Instant.parse("2026-12-10T02:00:00Z"),
                Instant.parse("2026-12-12T02:00:00Z"));
        assertThat(week).extracting(Reminder::slot)
                .containsExactly("SESSION_DUE:2026-12-07", "SESSION_DUE:2026-12-09", "SESSION_DUE:2026-12-11");
    }

    @Test
    void threeAWeekInBrisbaneIsMondayWednesdayAndFridayAt18Aest() {
        var week = planDays(SESSION_DUE, aPatient().in("Australia/Brisbane").build(), MONDAY, 7);

        assertThat(dueAts(week)).containsExactly(
                Instant.parse("2026-12-07T08:00:00Z"),
                Instant.parse("2026-12-09T08:00:00Z"),
                Instant.parse("2026-12-11T08:00:00Z"));
        assertThat(week).extracting(Reminder::slot)
                .containsExactly("SESSION_DUE:2026-12-07", "SESSION_DUE:2026-12-09", "SESSION_DUE:2026-12-11");
    }

    @Test
    void aPlanStartingOnThursdayAsksOnThursdayAndSaturdayThenAFullWeek() {
        var thursday = MONDAY.plusDays(3);
        var schedule = aPatient().plan(thursday, 3).build();

        assertThat(planDays(SESSION_DUE, schedule, MONDAY, 14)).extracting(Reminder::slot).containsExactly(
                "SESSION_DUE:2026-12-10", "SESSION_DUE:2026-12-12",
                "SESSION_DUE:2026-12-14", "SESSION_DUE:2026-12-16", "SESSION_DUE:2026-12-18");
    }

    @Test
    void everyDayOfADailyPlanAndOneReminderADayForTwiceADay() {
        assertThat(planDays(SESSION_DUE, aPatient().plan(MONDAY, 7).build(), MONDAY, 7)).hasSize(7);
        assertThat(planDays(SESSION_DUE, aPatient().plan(MONDAY, 14).build(), MONDAY, 7)).hasSize(7);
        assertThat(planDays(SESSION_DUE, aPatient().plan(MONDAY, 1).build(), MONDAY, 7))
                .extracting(Reminder::slot).containsExactly("SESSION_DUE:2026-12-07");
    }

    @Test
    void aReminderTimeInTheEveningsQuietHoursIsHeldToTheNextMorningKeepingItsDay() {
        var monday = planDays(SESSION_DUE, aPatient().remindedAt(LocalTime.of(22, 0)).build(), MONDAY, 1);

        assertThat(monday).containsExactly(
                new Reminder(SESSION_DUE, "SESSION_DUE:2026-12-07", Instant.parse("2026-12-08T08:00:00Z")));
    }
}
