package org.telerehab.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanVersioningTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "  , 1",
            "1,  2",
            "2,  3",
            "41, 42",
    })
    void nextVersion(Integer current, int expected) {
        assertThat(PlanVersioning.nextVersion(current)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void impossibleCurrentVersionsRejected(int current) {
        assertThatThrownBy(() -> PlanVersioning.nextVersion(current)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsNotSilent() {
        assertThatThrownBy(() -> PlanVersioning.nextVersion(Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }
}
