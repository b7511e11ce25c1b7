package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.progress.domain.Specs.TODAY;

import java.util.List;

import org.junit.jupiter.api.Test;

class DailyPainTest {

    @Test
    void eachDayIsTheMeanOfItsReadingsOldestFirstAndADayWithoutReadingsHasNoPoint() {
        // today: 3 readings summing 10; today-2: 1 reading of 7; today-1: a day with none (a rollup cannot hold a
        // session without its painBefore, so a day without readings is only an empty day)
        List<DailyPain> series = DailyPain.seriesOf(Specs.rollups("0:2:10/3 -2:1:7/1 -1:0:0/0"));

        assertThat(series).containsExactly(new DailyPain(TODAY.minusDays(2), 7.0),
                new DailyPain(TODAY, 10.0 / 3));
    }

    @Test
    void noDaysNoSeries() {
        assertThat(DailyPain.seriesOf(List.of())).isEmpty();
    }
}
