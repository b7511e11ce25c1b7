package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.MovementTag;

import java.time.Instant;
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
        // a hash that ignored the version would pile every version of an exercise into one bucket
        assertThat(new Exercise.Key(id, 2).hashCode()).isNotEqualTo(new Exercise.Key(id, 3).hashCode());
    }

    @Test
    void aSupersededOrCompletedPlanIsNoLongerCurrent() {
        assertThat(planIn(PlanStatus.ACTIVE).isCurrent()).isTrue();
        assertThat(planIn(PlanStatus.PAUSED).isCurrent()).isTrue();
        assertThat(planIn(PlanStatus.SUPERSEDED).isCurrent()).isFalse();
        assertThat(planIn(PlanStatus.COMPLETED).isCurrent()).isFalse();
    }

    @Test
    void onlyAnActivePlanIsRunningAndAPauseSaysWhichReportPausedIt() {
        assertThat(planIn(PlanStatus.ACTIVE).isActive()).isTrue();
        assertThat(planIn(PlanStatus.SUPERSEDED).isActive()).isFalse();

        CarePlan plan = planIn(PlanStatus.ACTIVE);
        UUID report = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        plan.pause(report, at);
        assertThat(plan.isActive()).isFalse();
        assertThat(plan.isCurrent()).isTrue();
        assertThat(plan.status).isEqualTo(PlanStatus.PAUSED);
        assertThat(plan.pausedByReportId).isEqualTo(report);
        assertThat(plan.pausedAt).isEqualTo(at);
    }

    @Test
    void aPlansAcknowledgementsAreItsStoredCodesPerExercise() {
        UUID kneeToChest = UUID.randomUUID();
        UUID pigeon = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        CarePlan plan = planIn(PlanStatus.ACTIVE);
        plan.acknowledgedWarnings = List.of(
                new CarePlan.AcknowledgedWarning("FLEXION_STRETCH_FOR_BACK_PAIN", kneeToChest, "...", therapist, at),
                new CarePlan.AcknowledgedWarning("END_RANGE_WITH_SCIATIC", pigeon, "...", therapist, at),
                // stored by an older version: a code no longer known, and one without its exercise, count for nothing
                new CarePlan.AcknowledgedWarning("RETIRED_CODE", pigeon, "...", therapist, at),
                new CarePlan.AcknowledgedWarning("MORNING_FLEXION", null, "...", therapist, at));

        assertThat(plan.acknowledgements()).containsExactlyInAnyOrder(
                new SafetyCheck.Acknowledgement(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN, kneeToChest),
                new SafetyCheck.Acknowledgement(WarningCode.END_RANGE_WITH_SCIATIC, pigeon));
    }

    private static CarePlan planIn(PlanStatus status) {
        CarePlan plan = new CarePlan();
        plan.status = status;
        return plan;
    }
}
