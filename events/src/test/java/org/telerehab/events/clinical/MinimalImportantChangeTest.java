package org.telerehab.events.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "pain baseline {0}: band up to {1}")
    @CsvSource({
            "7,  5.0",   // 2 points (30 % would be 2.1)
            "5,  3.5",   // 30 % = 1.5 points, fewer than 2
            "10, 8.0",
            "1,  0.7",
    })
    void thePainBandEndsWhereTheImprovementBecomesImportant(int baseline, double top) {
        assertThat(MinimalImportantChange.painLevelReaching(baseline).getAsDouble()).isCloseTo(top, within(1e-9));
        // the band agrees with the rule on whole scores: the band's highest whole score reaches, the next does not
        int highestWhole = (int) Math.floor(top + 1e-9);
        assertThat(MinimalImportantChange.painReached(baseline, highestWhole)).isTrue();
        assertThat(MinimalImportantChange.painReached(baseline, highestWhole + 1)).isFalse();
    }

    @ParameterizedTest(name = "ODI baseline {0}: band up to {1}")
    @CsvSource({
            "40, 30.0",  // 10 points (30 % would be 12)
            "20, 14.0",  // 30 % = 6 points
            "50, 40.0",
    })
    void theOdiBandEndsWhereTheImprovementBecomesImportant(int baseline, double top) {
        assertThat(MinimalImportantChange.odiLevelReaching(baseline).getAsDouble()).isCloseTo(top, within(1e-9));
        assertThat(MinimalImportantChange.odiReached(baseline, (int) top)).isTrue();
        assertThat(MinimalImportantChange.odiReached(baseline, (int) top + 1)).isFalse();
    }

    @Test
    void aBaselineOfZeroHasNoBand() {
        assertThat(MinimalImportantChange.painLevelReaching(0)).isEmpty();
        assertThat(MinimalImportantChange.odiLevelReaching(0)).isEmpty();
    }
}
