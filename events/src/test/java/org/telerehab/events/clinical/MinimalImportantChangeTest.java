package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimalImportantChangeTest {

    @ParameterizedTest(name = "pain {0} -> {1}: {2}")
    @CsvSource({
            "7, 5,  true",    // 2 points
            "7, 6,  false",   // 1 point, 14 %
            "3, 2,  true",    // 1 point = 33 % of 3
            "4, 3,  false",   // 1 point = 25 % of 4
            "10, 8, true",
            "5, 4,  false",   // 20 %
            "0, 0,  false",   // nothing to improve: no percent of 0
            "2, 3,  false",   // worse
    })
    void painTwoPointsOrThirtyPercent(int baseline, int now, boolean reached) {
        assertThat(MinimalImportantChange.painReached(baseline, now)).isEqualTo(reached);
    }

    @ParameterizedTest(name = "ODI {0} -> {1}: {2}")
    @CsvSource({
            "40, 30, true",    // 10 points
            "40, 31, false",   // 9 points, 22.5 %
            "20, 14, true",    // 6 points = 30 % of 20
            "20, 15, false",   // 25 %
            "10, 7,  true",    // 30 %
            "10, 8,  false",
            "0,  0,  false",
            "30, 44, false",   // worse
    })
    void odiTenPointsOrThirtyPercent(int baseline, int now, boolean reached) {
        assertThat(MinimalImportantChange.odiReached(baseline, now)).isEqualTo(reached);
    }
}
