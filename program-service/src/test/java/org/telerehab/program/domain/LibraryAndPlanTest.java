package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.MovementTag;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Small rules of the library and of plans that the service layer relies on. */
class LibraryAndPlanTest {

    @Test
    void anExercisesTagsAreASetAndAnUntaggedExerciseHasNone() {
        Exercise tagged = new Exercise();
        tagged.movementTags = List.of(MovementTag.LUMBAR_FLEXION, MovementTag.STRETCH, MovementTag.LUMBAR_FLEXION);
        Exercise untagged = new Exercise();
        untagged.movementTags = List.of();

        assertThat(tagged.tagSet()).containsExactlyInAnyOrder(MovementTag.LUMBAR_FLEXION, MovementTag.STRETCH);
        assertThat(untagged.tagSet()).isEmpty();
    }

    @Test
    void anExerciseVersionIsIdentifiedByItsIdAndVersionTogether() {
        UUID id = UUID.randomUUID();

        assertThat(new Exercise.Key(id, 2)).isEqualTo(new Exercise.Key(id, 2))
                .hasSameHashCodeAs(new Exercise.Key(id, 2))
                .isNotEqualTo(new Exercise.Key(id, 3))
                .isNotEqualTo(new Exercise.Key(UUID.randomUUID(), 2))
                .isNotEqualTo(id);
    }

    @Test
    void onlyASupersededPlanIsNoLongerCurrent() {
        assertThat(planIn(PlanStatus.ACTIVE).isCurrent()).isTrue();
        assertThat(planIn(PlanStatus.PAUSED).isCurrent()).isTrue();
        assertThat(planIn(PlanStatus.SUPERSEDED).isCurrent()).isFalse();
    }

    private static CarePlan planIn(PlanStatus status) {
        CarePlan plan = new CarePlan();
        plan.status = status;
        return plan;
    }
}
