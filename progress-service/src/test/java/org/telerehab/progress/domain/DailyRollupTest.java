package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DailyRollupTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void sessionsAndCheckInsAccumulateOnlyPainBeforeAsAReading() {
        DailyRollup day = DailyRollup.empty(DAY)
                .plus(DailyRollup.ofSession(DAY, 4, 6))   // painBefore 4, intensity 6
                .plus(DailyRollup.ofCheckIn(DAY, 3))
                .plus(DailyRollup.ofSession(DAY, 5, 8))
                .plus(DailyRollup.ofSession(DAY, 2, 7));

        assertThat(day).isEqualTo(new DailyRollup(DAY, 3, 4 + 3 + 5 + 2, 4, 8));
    }

    @Test
    void aDayWithOnlyCheckInsHasNoSessionsAndNoIntensity() {
        assertThat(DailyRollup.ofCheckIn(DAY, 7).plus(DailyRollup.ofCheckIn(DAY, 9)))
                .isEqualTo(new DailyRollup(DAY, 0, 16, 2, 0));
    }

    @Test
    void contributionsAddOnlyToTheirOwnDay() {
        assertThatThrownBy(() -> DailyRollup.ofCheckIn(DAY, 3).plus(DailyRollup.ofCheckIn(DAY.plusDays(1), 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "sessions {0}, painSum {1}, readings {2}, intensity {3} rejected")
    @CsvSource({
            "-1, 0,  0, 0",
            "0,  -1, 0, 0",
            "0,  11, 1, 0",   // above 10 per reading
            "0,  1,  0, 0",   // a sum without readings
            "0,  0,  -1, 0",
            "1,  0,  0, 11",
            "1,  0,  0, -1",
    })
    void rejectsImpossibleDays(int sessions, int painSum, int readings, int intensity) {
        assertThatThrownBy(() -> new DailyRollup(DAY, sessions, painSum, readings, intensity))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "painBefore {0}, intensity {1} rejected")
    @CsvSource({"-1, 5", "11, 5", "5, -1", "5, 11"})
    void rejectsReadingsOffTheScale(int painBefore, int intensity) {
        assertThatThrownBy(() -> DailyRollup.ofSession(DAY, painBefore, intensity))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "check-in pain {0} rejected")
    @ValueSource(ints = {-1, 11})
    void rejectsCheckInPainOffTheScale(int pain) {
        assertThatThrownBy(() -> DailyRollup.ofCheckIn(DAY, pain))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
