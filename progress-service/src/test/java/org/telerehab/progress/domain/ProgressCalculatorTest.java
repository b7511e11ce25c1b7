package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.telerehab.progress.domain.Specs.TODAY;
import static org.telerehab.progress.domain.Specs.day;
import static org.telerehab.progress.domain.Specs.integer;
import static org.telerehab.progress.domain.Specs.number;
import static org.telerehab.progress.domain.Specs.rollups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rollups are written "offset:sessions:painSum/readings" (offset from TODAY = 2026-11-28), and
 * expected values as the fraction worked by hand ("21/33"), "-" for null.
 */
class ProgressCalculatorTest {

    static ProgressFigures compute(Integer baseline, Integer perWeek, LocalDate planStart, String rollups) {
        return ProgressCalculator.compute(new PatientSummary(baseline, perWeek, planStart, null, 0, null),
                rollups(rollups), TODAY);
    }

    @ParameterizedTest(name = "baseline {0}, readings [{1}] -> avg {2}, change {3}, mcid {4}")
    @CsvSource(delimiter = '|', value = {
            // no reading in the 7 days: no average, no change, no MCID
            "5 |                             | -     | -    | false",
            // the 7-day boundary: a reading on today-6 counts, one on today-7 does not
            "5 | -6:0:4/1                    | 4/1   | 1    | false",
            "5 | -7:0:4/1                    | -     | -    | false",
            "5 | -6:0:4/1 -7:0:10/1          | 4/1   | 1    | false",
            // the mean of the readings, not of the daily means: (3 + 5 today, 2 on today-3) / 3
            "5 | 0:1:8/2 -3:0:2/1            | 10/3  | 5/3  | true",
            // rollups outside the 28-day window (older, or after today) are ignored
            "5 | 1:0:9/1 -30:0:10/1 0:0:5/1  | 5/1   | 0    | false",
            // MCID by 2 points
            "8 | 0:0:12/2                    | 6     | 2    | true",
            "8 | 0:0:61/10                   | 61/10 | 1.9  | false",   // 1.9: under 2 and under 0.3 x 8 = 2.4
            "7 | 0:0:5/1                     | 5     | 2    | true",    // 2 points while 30% of 7 = 2.1
            "7 | 0:0:51/10                   | 51/10 | 1.9  | false",
            // MCID by 30% of baseline, at the exact edge; decided on integer sums, so it does not
            // rest on both sides of a double comparison happening to round alike
            "5 | 0:0:7/2                     | 7/2   | 1.5  | true",    // 1.5 = 0.3 x 5
            "5 | 0:0:36/10                   | 36/10 | 1.4  | false",
            "8 | 0:0:13/2                    | 13/2  | 1.5  | false",   // 1.5 < 2 and < 2.4
            "3 | 0:0:21/10                   | 21/10 | 0.9  | true",    // 0.9 = 0.3 x 3 (3 - 2.1 is 0.8999999999999999 in doubles)
            "3 | 0:0:22/10                   | 22/10 | 0.8  | false",
            "6 | 0:0:42/10                   | 42/10 | 1.8  | true",    // 1.8 = 0.3 x 6 (6 - 4.2 is 1.7999999999999998 in doubles)
            "6 | 0:0:43/10                   | 43/10 | 1.7  | false",
            "1 | 0:0:0/1                     | 0     | 1    | true",    // 100% of a baseline of 1
            // baseline 0: never by %, and the change cannot reach +2
            "0 | 0:0:0/1                     | 0     | 0    | false",
            "0 | 0:0:3/1                     | 3     | -3   | false",
            // worse than baseline
            "4 | 0:0:6/1                     | 6     | -2   | false",
            // no screening yet: an average, but no change
            "- | 0:0:2/1                     | 2     | -    | false",
    })
    void averagePainChangeAndMcid(String baseline, String rollups, String average, String change, boolean mcid) {
        ProgressFigures figures = compute(integer(baseline), null, null, rollups);

        assertThat(figures.averagePain7d()).isEqualTo(number(average));
        if (number(change) == null) {
            assertThat(figures.painChange()).isNull();
        } else {
            assertThat(figures.painChange()).isCloseTo(number(change), within(1e-9));
            // painChange is the contract's literal baselinePain - averagePain7d
            assertThat(figures.painChange()).isEqualTo(integer(baseline) - figures.averagePain7d());
        }
        assertThat(figures.mcidReached()).isEqualTo(mcid);
    }

    @ParameterizedTest(name = "{0}/week from today{1}, sessions [{2}] -> {3}, {4}")
    @CsvSource(delimiter = '|', value = {
            // no active plan: no adherence
            "- | -    | 0:3:0/0                        | -     | -",
            // a plan with no session yet: 0, not null
            "3 | -20  |                                | 0     | 0",
            // plan 10 days old: start today-10 -> d = 11 days -> weeks 11/7; 3 sessions: 3 / (3 x 11/7) = 21/33
            "3 | -10  | 0:3:0/0                        | 3/3   | 21/33",
            // capped at 1: 7 sessions in 7 days on 3/week; 7 / (3 x 11/7) = 49/33 -> 1
            "3 | -10  | 0:4:0/0 -1:3:0/0               | 1     | 1",
            "2 | -100 | 0:5:0/0                        | 1     | 5/8",     // 5/2 -> 1; d = 28, weeks 4: 5/8
            // a plan starting today: d = 1, weeks 1/7 -> floor 1
            "5 | 0    | 0:2:0/0                        | 2/5   | 2/5",
            // 6 days old: d = 7, exactly 1 week
            "4 | -6   | 0:1:0/0 -6:1:0/0               | 2/4   | 2/4",
            // 7 days old: d = 8, weeks 8/7: 2 / (4 x 8/7) = 14/32
            "4 | -7   | 0:2:0/0                        | 2/4   | 14/32",
            // a plan starting after today: d = 0 -> floor 1 week
            "3 | 2    | 0:1:0/0                        | 1/3   | 1/3",
            // the 7-day boundary: a session on today-6 counts, one on today-7 does not
            "2 | -100 | -6:1:0/0 -7:1:0/0              | 1/2   | 2/8",
            // the 28-day boundary: today-27 counts, today-28 and older do not
            "1 | -100 | -27:1:0/0 -28:1:0/0 -40:9:0/0  | 0     | 1/4",
            // a plan starting on the first day of the window: d = 28
            "1 | -27  | -27:2:0/0                      | 0     | 2/4",
            // a plan starting on today-28 is clipped to the window: d = 28
            "1 | -28  | -28:3:0/0 -27:2:0/0            | 0     | 2/4",
            // sessions after today are ignored
            "2 | -100 | 1:5:0/0                        | 0     | 0",
            // exactly 0.8: 8 / (7 x 10/7) = 56/70 (READY_TO_PROGRESS's threshold must not be lost)
            "7 | -9   | 0:8:0/0                        | 1     | 56/70",
    })
    void adherence(String perWeek, String planStart, String rollups, String expected7d, String expected28d) {
        ProgressFigures figures = compute(5, integer(perWeek), day(planStart), rollups);

        assertThat(figures.adherence7d()).isEqualTo(number(expected7d));
        assertThat(figures.adherence28d()).isEqualTo(number(expected28d));
    }

    @Test
    void aRatioOfExactlyEightTenthsIsExactlyPointEight() {
        ProgressFigures figures = compute(5, 7, TODAY.minusDays(9), "0:8:0/0");
        assertThat(figures.adherence28d()).isEqualTo(0.8).isGreaterThanOrEqualTo(AlertRules.READY_MIN_ADHERENCE_28D);
    }

    @ParameterizedTest(name = "plan from today{0} -> d = {1}")
    @CsvSource({
            "5,    0",
            "1,    0",
            "0,    1",
            "-6,   7",
            "-10,  11",
            "-26,  27",
            "-27,  28",
            "-28,  28",
            "-400, 28",
    })
    void planDaysInTheWindow(int startOffset, long days) {
        assertThat(ProgressCalculator.planDaysInWindow(TODAY.plusDays(startOffset), TODAY)).isEqualTo(days);
    }

    @Test
    void windowsStartOnTodayMinus27AndTodayMinus6() {
        assertThat(ProgressCalculator.windowStart(TODAY)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ProgressCalculator.shortWindowStart(TODAY)).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void rollupOrderDoesNotMatterAndTwoRollupsOfOneDayAddUp() {
        List<DailyRollup> rollups = new ArrayList<>(rollups(
                "0:1:5/1 -1:1:4/1 -6:2:7/2 -7:1:9/1 -13:1:3/1 -27:1:2/1 -28:3:0/0 -3:1:6/2"));
        ProgressFigures expected = ProgressCalculator.compute(
                new PatientSummary(6, 3, TODAY.minusDays(60), 5, 40, null), rollups, TODAY);
        Collections.shuffle(rollups, new Random(7));

        assertThat(ProgressCalculator.compute(new PatientSummary(6, 3, TODAY.minusDays(60), 5, 40, null),
                rollups, TODAY)).isEqualTo(expected);
        // 7 days: sessions 1 + 1 + 2 + 1 = 5, readings 5 + 4 + 7 + 6 = 22 over 6
        assertThat(expected.adherence7d()).isEqualTo(1.0);
        assertThat(expected.averagePain7d()).isEqualTo(22.0 / 6);
        // 28 days: 5 + 1 + 1 + 1 = 8 sessions / (3 x 4)
        assertThat(expected.adherence28d()).isEqualTo(8.0 / 12);

        List<DailyRollup> split = rollups("0:1:5/1 0:1:3/1");
        assertThat(ProgressCalculator.compute(new PatientSummary(6, 3, TODAY, null, 2, null), split, TODAY))
                .satisfies(f -> {
                    assertThat(f.averagePain7d()).isEqualTo(4.0);
                    assertThat(f.adherence7d()).isEqualTo(2.0 / 3);
                });
    }

    @Test
    void summaryFiguresPassThrough() {
        Instant lastSession = Instant.parse("2026-11-27T18:30:00Z");
        ProgressFigures figures = ProgressCalculator.compute(
                new PatientSummary(6, 3, TODAY.minusDays(2), 7, 1234L, lastSession), List.of(), TODAY);

        assertThat(figures).isEqualTo(new ProgressFigures(6, 7, null, null, false, 0.0, 0.0, 1234L, lastSession));
    }

    @Test
    void withoutAReadingInTheWindowTheMcidIsNotReached() {
        assertThat(ProgressCalculator.mcidReached(8, 0, 0)).isFalse();
    }

    @Test
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> ProgressCalculator.shortWindowStart(null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatientSummary(5, 0, TODAY, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionsPerWeek");
        assertThatThrownBy(() -> new PatientSummary(5, 3, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatientSummary(5, null, TODAY, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatientSummary(11, null, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatientSummary(5, null, null, -1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatientSummary(5, null, null, null, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        PatientSummary ok = new PatientSummary(5, null, null, null, 0, null);
        List<DailyRollup> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> ProgressCalculator.compute(ok, withNull, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressCalculator.compute(ok, null, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressCalculator.compute(ok, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
