package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days are offsets from Monday 2026-11-30; the plan started on an earlier week unless a test says otherwise. */
class WeeklySessionsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate LONG_AGO = LocalDate.of(2026, 10, 1);

    @ParameterizedTest(name = "{0} a week, day {1}, {2} this week of which {3} today -> {4} due")
    @CsvSource({
            "3, 0, 0, 0, 1",    // 3 a week: Monday
            "3, 1, 1, 0, 0",    // Tuesday is a rest day when Monday was done
            "3, 1, 0, 0, 1",    // Monday missed: caught up on Tuesday
            "3, 2, 1, 0, 1",    // Wednesday
            "3, 3, 2, 0, 0",
            "3, 4, 2, 0, 1",    // Friday
            "3, 4, 3, 1, 0",    // done
            "3, 6, 3, 0, 0",    // Sunday of a full week: nothing
            "3, 6, 0, 0, 1",    // a missed week: one day's share, never three on Sunday
            "7, 0, 0, 0, 1",
            "7, 3, 3, 0, 1",
            "7, 3, 4, 1, 0",    // today's done
            "7, 3, 1, 1, 0",    // three days missed, today's done: no second session today
            "14, 2, 4, 0, 2",   // twice a day
            "14, 2, 5, 1, 1",
            "14, 2, 6, 2, 0",
            "10, 0, 0, 0, 2",   // ceil(10/7) on Monday
            "10, 1, 2, 0, 1",   // ceil(20/7) = 3 by Tuesday
            "1, 0, 0, 0, 1",    // once a week: Monday
            "1, 5, 1, 0, 0",
            "21, 6, 20, 2, 1",  // the most a plan may ask
            "3, 1, 2, 1, 0",    // ahead of the spread: nothing more
    })
    void sessionsAreSpreadOverTheWeek(int perWeek, int day, int thisWeek, int today, int due) {
        assertThat(new WeeklySessions(perWeek).dueOn(MONDAY.plusDays(day), LONG_AGO, thisWeek, today)).isEqualTo(due);
    }

    @Test
    void nothingIsDueBeforeThePlanStarts() {
        var threeAWeek = new WeeklySessions(3);
        LocalDate thursday = MONDAY.plusDays(3);
        assertThat(threeAWeek.dueOn(MONDAY.plusDays(2), thursday, 0, 0)).isZero();
        assertThat(threeAWeek.expectedBy(MONDAY.plusDays(2), thursday)).isZero();
        assertThat(threeAWeek.dueOn(thursday, thursday, 0, 0)).isEqualTo(1);
    }

    @Test
    void aWeekThePlanStartsLateInAsksForItsShare() {
        var threeAWeek = new WeeklySessions(3);
        assertThat(threeAWeek.weekTarget(MONDAY.plusDays(3), MONDAY.plusDays(3))).isEqualTo(2); // Thursday to Sunday
        assertThat(threeAWeek.weekTarget(MONDAY.plusDays(6), MONDAY.plusDays(6))).isEqualTo(1); // Sunday alone
        assertThat(threeAWeek.weekTarget(MONDAY.plusDays(2), LONG_AGO)).isEqualTo(3);
        assertThat(threeAWeek.weekTarget(MONDAY, MONDAY)).isEqualTo(3);
        assertThat(new WeeklySessions(21).weekTarget(MONDAY, LONG_AGO)).isEqualTo(21);
    }

    @Test
    void theWeekBeginsOnMonday() {
        assertThat(WeeklySessions.weekOf(MONDAY)).isEqualTo(MONDAY);
        assertThat(WeeklySessions.weekOf(MONDAY.plusDays(6))).isEqualTo(MONDAY);
        assertThat(WeeklySessions.weekOf(MONDAY.plusDays(7))).isEqualTo(MONDAY.plusDays(7));
        assertThat(WeeklySessions.weekOf(MONDAY.minusDays(1))).isEqualTo(MONDAY.minusDays(7));
    }

    @Test
    void aPlanAsksForOneToTwentyOneSessionsAWeek() {
        assertThat(new WeeklySessions(1).dailyShare()).isEqualTo(1);
        assertThat(new WeeklySessions(7).dailyShare()).isEqualTo(1);
        assertThat(new WeeklySessions(8).dailyShare()).isEqualTo(2);
        assertThat(new WeeklySessions(21).dailyShare()).isEqualTo(3);
        assertThatThrownBy(() -> new WeeklySessions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklySessions(22)).isInstanceOf(IllegalArgumentException.class);
    }
}
