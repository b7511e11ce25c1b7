package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.progress.domain.Specs.TODAY;

import java.util.List;

import org.junit.jupiter.api.Test;

class PracticeWeekTest {

    @Test
    void sessionsAreCountedInSevenDayWeeksFromTheEpisodesFirstDayAndAnEmptyWeekStaysInTheSeries() {
        // episode from today-15 to today: weeks [-15..-9], [-8..-2], [-1..0] (two days so far)
        List<PracticeWeek> weeks = PracticeWeek.seriesOf(
                Specs.rollups("-15:1:5/1 -9:2:8/2 -1:1:4/1 0:2:6/2"), TODAY.minusDays(15), TODAY);

        assertThat(weeks).containsExactly(
                new PracticeWeek(TODAY.minusDays(15), 7, 3),   // its first and its last day both count
                new PracticeWeek(TODAY.minusDays(8), 7, 0),
                new PracticeWeek(TODAY.minusDays(1), 2, 3));
    }

    @Test
    void daysOutsideTheEpisodeAreNotCounted() {
        List<PracticeWeek> weeks = PracticeWeek.seriesOf(Specs.rollups("-20:3:9/3 -6:1:3/1 1:2:4/2"),
                TODAY.minusDays(6), TODAY);

        assertThat(weeks).containsExactly(new PracticeWeek(TODAY.minusDays(6), 7, 1));
    }

    @Test
    void anEpisodeOfOneDayHasOneWeekOfOneDay() {
        assertThat(PracticeWeek.seriesOf(List.of(), TODAY, TODAY)).containsExactly(new PracticeWeek(TODAY, 1, 0));
    }

    @Test
    void anEpisodeEndingBeforeItStartsHasNoWeeks() {
        assertThat(PracticeWeek.seriesOf(List.of(), TODAY, TODAY.minusDays(1))).isEmpty();
    }
}
