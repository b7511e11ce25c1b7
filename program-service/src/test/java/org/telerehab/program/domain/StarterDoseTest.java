package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StarterDoseTest {

    private static PlanTemplate.Item item(int sets, int reps, int holdSeconds) {
        return new PlanTemplate.Item(UUID.randomUUID(), "CORE_ENDURANCE", sets, reps, holdSeconds, 6, null);
    }

    @Test
    void aSetIsItsRepetitionsWithTheirHoldsAndSetsAreApart() {
        // 2 x 10 x (0 + 3 s) = 60 s, one rest of 20 s, 30 s to move on: 110 s, rounded to 2 minutes
        assertThat(StarterDose.estimatedMinutes(List.of(item(2, 10, 0)))).isEqualTo(2);
        // 3 x 1 x (30 + 3 s) = 99 s, two rests, 30 s: 169 s = 2.8 minutes, rounded to 3
        assertThat(StarterDose.estimatedMinutes(List.of(item(3, 1, 30)))).isEqualTo(3);
        // 1 x 5 x 3 s = 15 s, no rest, 30 s: 45 s rounds to 1 minute; 29 s would round to none
        assertThat(StarterDose.estimatedMinutes(List.of(item(1, 5, 0)))).isEqualTo(1);
        assertThat(StarterDose.estimatedMinutes(List.of())).isZero();
    }

    @Test
    void itemsAddUp() {
        // 110 s + 169 s + 45 s = 324 s = 5.4 minutes
        assertThat(StarterDose.estimatedMinutes(List.of(item(2, 10, 0), item(3, 1, 30), item(1, 5, 0)))).isEqualTo(5);
        // to the nearest minute, half a minute up: 1 x 40 x 3 s + 30 s = 150 s = 2.5; 1 x (116 + 3) s + 30 s = 149 s
        assertThat(StarterDose.estimatedMinutes(List.of(item(1, 40, 0)))).isEqualTo(3);
        assertThat(StarterDose.estimatedMinutes(List.of(item(1, 1, 116)))).isEqualTo(2);
    }

    @Test
    void theBoundsAreTheSourcesStart() {
        assertThat(StarterDose.SESSIONS_PER_WEEK).isEqualTo(7);
        assertThat(StarterDose.MIN_MINUTES).isLessThan(15);
        assertThat(StarterDose.MAX_MINUTES).isGreaterThan(15);
        assertThat(StarterDose.MAX_INTENSITY_CAP).isEqualTo(7);
    }
}
