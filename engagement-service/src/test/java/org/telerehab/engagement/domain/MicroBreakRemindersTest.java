package org.telerehab.engagement.domain;

import org.telerehab.events.codes.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.events.codes.NotificationKind.MICRO_BREAK;
import static org.telerehab.engagement.domain.ScheduleFixture.MONDAY;
import static org.telerehab.engagement.domain.ScheduleFixture.aPatient;
import static org.telerehab.engagement.domain.ScheduleFixture.dueAts;
import static org.telerehab.engagement.domain.ScheduleFixture.planDays;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** MICRO_BREAK: every N minutes of the work hours, Monday to Friday, never in quiet hours. */
class MicroBreakRemindersTest {

    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Test
    void every120MinutesFromNineToFiveIsElevenOneThreeAndFive() {
        var schedule = aPatient().in("America/Los_Angeles").microBreaksEvery(120).working(NINE, FIVE_PM).build();

        var monday = planDays(MICRO_BREAK, schedule, MONDAY, 1);

        assertThat(monday).extracting(Reminder::slot).containsExactly("MICRO_BREAK:2026-12-07T11:00",
                "MICRO_BREAK:2026-12-07T13:00", "MICRO_BREAK:2026-12-07T15:00", "MICRO_BREAK:2026-12-07T17:00");
        assertThat(dueAts(monday)).containsExactly(Instant.parse("2026-12-07T19:00:00Z"),
                Instant.parse("2026-12-07T21:00:00Z"), Instant.parse("2026-12-07T23:00:00Z"),
                Instant.parse("2026-12-08T01:00:00Z"));
    }

    @Test
    void onWeekdaysOnly() {
        var schedule = aPatient().microBreaksEvery(120).working(NINE, FIVE_PM).build();

        assertThat(planDays(MICRO_BREAK, schedule, MONDAY, 5)).hasSize(20);
        assertThat(planDays(MICRO_BREAK, schedule, MONDAY.plusDays(5), 2)).isEmpty();
    }

    @Test
    void theLastOneIsNotAfterTheEndOfWork() {
        var schedule = aPatient().microBreaksEvery(120).working(NINE, LocalTime.of(16, 59)).build();

        assertThat(planDays(MICRO_BREAK, schedule, MONDAY, 1)).extracting(Reminder::slot).containsExactly(
                "MICRO_BREAK:2026-12-07T11:00", "MICRO_BREAK:2026-12-07T13:00", "MICRO_BREAK:2026-12-07T15:00");
    }

    @Test
    void noneWithoutWorkHoursOrWithoutARhythm() {
        assertThat(planDays(MICRO_BREAK, aPatient().microBreaksEvery(120).build(), MONDAY, 7)).isEmpty();
        assertThat(planDays(MICRO_BREAK, aPatient().working(NINE, FIVE_PM).build(), MONDAY, 7)).isEmpty();
    }

    @Test
    void noneBeforeThePlanStarts() {
        var schedule = aPatient().plan(MONDAY.plusDays(2), 3).microBreaksEvery(120).working(NINE, FIVE_PM).build();

        assertThat(planDays(MICRO_BREAK, schedule, MONDAY, 2)).isEmpty();
        assertThat(planDays(MICRO_BREAK, schedule, MONDAY.plusDays(2), 1)).hasSize(4);
    }

    @Test
    void oneFallingInQuietHoursIsDroppedNotHeld() {
        var schedule = aPatient().microBreaksEvery(240).working(LocalTime.of(13, 0), LocalTime.of(22, 0)).build();

        assertThat(planDays(MICRO_BREAK, schedule, MONDAY, 1)).extracting(Reminder::slot)
                .containsExactly("MICRO_BREAK:2026-12-07T17:00");
    }
}
