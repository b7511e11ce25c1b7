package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Days are offsets from the plan's start (7 = the first day of week 2); "-" = none. */
class ReassessmentScheduleTest {

    static final LocalDate START = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "day {0}, last done on day {1} -> week {2}")
    @CsvSource({
            "0,  -,  -",     // week 1: nothing due
            "6,  -,  -",
            "7,  -,  2",     // week 2 begins
            "13, -,  2",
            "13, 7,  -",     // done in week 2
            "13, 6,  2",     // one the day before week 2 began does not count for it
            "34, 8,  -",     // week 5, week 2 done
            "35, 8,  6",     // week 6 begins
            "40, 35, -",
            "77, 40, 12",    // week 12
            "200, -, 12",    // week 2 and 6 missed: only the latest is due, never a pile
            "200, 77, -",
    })
    void theLatestWeekThatHasBegunIsDueUntilDone(int day, String lastDone, String week) {
        LocalDate done = lastDone.equals("-") ? null : START.plusDays(Integer.parseInt(lastDone));
        var due = ReassessmentSchedule.dueOn(START, ReassessmentSchedule.DEFAULT_WEEKS, START.plusDays(day), done);
        if (week.equals("-")) {
            assertThat(due).isEmpty();
        } else {
            int w = Integer.parseInt(week);
            assertThat(due).contains(new ReassessmentSchedule.Due(w, START.plusDays(7L * (w - 1))));
        }
    }

    @Test
    void aPlanMayNameItsOwnWeeks() {
        assertThat(ReassessmentSchedule.weeksOf(null)).containsExactly(2, 6, 12);
        assertThat(ReassessmentSchedule.weeksOf(List.of())).containsExactly(2, 6, 12);
        assertThat(ReassessmentSchedule.weeksOf(List.of(8, 4, 4))).containsExactly(4, 8);
        assertThat(ReassessmentSchedule.dueOn(START, List.of(4, 8), START.plusDays(21), null)).get()
                .isEqualTo(new ReassessmentSchedule.Due(4, START.plusDays(21)));
        assertThat(ReassessmentSchedule.dueOn(START, List.of(4, 8), START.plusDays(20), null)).isEmpty();
        assertThat(ReassessmentSchedule.weeksOf(List.of(1, 52))).containsExactly(1, 52);
    }

    @Test
    void rejectsWeeksOutsideAYearAndMissingInput() {
        assertThatThrownBy(() -> ReassessmentSchedule.weeksOf(List.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReassessmentSchedule.weeksOf(List.of(53)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReassessmentSchedule.weeksOf(Arrays.asList(2, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReassessmentSchedule.dueOn(null, List.of(2), START, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
