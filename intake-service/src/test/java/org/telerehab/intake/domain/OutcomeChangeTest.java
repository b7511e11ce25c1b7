package org.telerehab.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A re-assessment's change at the MCID edges: pain 2 points or 30 %, ODI 10 points or 30 %. */
class OutcomeChangeTest {

    @ParameterizedTest(name = "pain {0} -> {1}: {2} points, mcid {3}")
    @CsvSource({
            "6, 4,  2,  true",    // 2 points (33 %)
            "8, 7,  1,  false",   // 1 point, 12.5 %
            "7, 5,  2,  true",    // 2 points (29 %)
            "3, 2,  1,  true",    // 1 point = 33 % of 3
            "4, 3,  1,  false",   // 25 %
            "10, 7, 3,  true",    // 30 %
            "5, 7,  -2, false",   // worse
    })
    void painChangeAndItsMcid(int baseline, int now, int points, boolean mcid) {
        OutcomeChange change = OutcomeChange.between(baseline, 40, now, 40);
        assertThat(change.painPoints()).isEqualTo(points);
        assertThat(change.painMcid()).isEqualTo(mcid);
    }

    @ParameterizedTest(name = "ODI {0} -> {1}: {2} points, mcid {3}")
    @CsvSource({
            "42, 32, 10, true",    // 10 points (24 %)
            "42, 33, 9,  false",   // 9 points, 21 %
            "20, 14, 6,  true",    // 30 %
            "20, 15, 5,  false",   // 25 %
            "30, 21, 9,  true",    // 30 % of 30
            "30, 22, 8,  false",   // 27 %
            "22, 40, -18, false",  // worse
    })
    void odiChangeAndItsMcid(int baseline, int now, int points, boolean mcid) {
        OutcomeChange change = OutcomeChange.between(5, baseline, 5, now);
        assertThat(change.odiPoints()).isEqualTo(points);
        assertThat(change.odiMcid()).isEqualTo(mcid);
    }

    @ParameterizedTest(name = "ODI {0} -> {1}: unknown")
    @CsvSource({"-, 30", "30, -", "-, -"})
    void withoutBothOdiScoresThereIsNoOdiChange(String baseline, String now) {
        OutcomeChange change = OutcomeChange.between(5, odi(baseline), 3, odi(now));
        assertThat(change.odiPoints()).isNull();
        assertThat(change.odiMcid()).isNull();
        assertThat(change.painMcid()).isTrue();
    }

    private static Integer odi(String spec) {
        return spec.equals("-") ? null : Integer.valueOf(spec);
    }
}
