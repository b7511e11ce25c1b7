package org.telerehab.kit.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBudgetTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aBurstIsAllowedThenTheNextWriteWaits() {
        WriteBudget budget = new WriteBudget(60, 3, 0);

        assertThat(budget.tryTake(0)).isTrue();
        assertThat(budget.tryTake(0)).isTrue();
        assertThat(budget.tryTake(0)).isTrue();
        assertThat(budget.tryTake(0)).as("the fourth at once").isFalse();
        assertThat(budget.waitFor(0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theBudgetRefillsAtItsRateAndNeverBeyondTheBurst() {
        WriteBudget budget = new WriteBudget(60, 2, 0);
        budget.tryTake(0);
        budget.tryTake(0);

        assertThat(budget.tryTake(SECOND - 1)).as("just before one second").isFalse();
        assertThat(budget.tryTake(SECOND)).as("one write a second").isTrue();
        assertThat(budget.isFull(SECOND)).isFalse();
        assertThat(budget.isFull(1000 * SECOND)).isTrue();
        assertThat(budget.tryTake(1000 * SECOND)).isTrue();
        assertThat(budget.tryTake(1000 * SECOND)).isTrue();
        assertThat(budget.tryTake(1000 * SECOND)).as("a long pause earns no more than the burst").isFalse();
    }

    @Test
    void aFullBudgetNeedsNoWait() {
        assertThat(new WriteBudget(1, 1, 0).waitFor(0)).isZero();
    }

    @Test
    void aBudgetNeedsAtLeastOneWrite() {
        assertThatThrownBy(() -> new WriteBudget(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WriteBudget(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
