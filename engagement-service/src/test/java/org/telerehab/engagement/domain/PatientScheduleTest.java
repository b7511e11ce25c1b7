package org.telerehab.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerehab.engagement.domain.ScheduleFixture.PLAN_ID;
import static org.telerehab.engagement.domain.ScheduleFixture.PLAN_START;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerehab.engagement.domain.PatientSchedule.ActivePlan;
import org.telerehab.events.clinical.PatientDays;

/** What the planner is given: a plan it can plan with, the default weeks when the plan names none. */
class PatientScheduleTest {

    static final Instant ASSIGNED = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void aPlanWithoutWeeksHasTheDefaultOnesAndItsOwnInOrder() {
        assertThat(new ActivePlan(PLAN_ID, PLAN_START, 3, null, null, ASSIGNED).reassessmentWeeks())
                .containsExactly(2, 6, 12);
        assertThat(new ActivePlan(PLAN_ID, PLAN_START, 3, null, List.of(8, 4, 8), ASSIGNED).reassessmentWeeks())
                .containsExactly(4, 8);
    }

    @Test
    void aPlanThePlannerCannotWorkWithIsRefused() {
        assertThatThrownBy(() -> new ActivePlan(PLAN_ID, PLAN_START, 0, null, null, ASSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivePlan(PLAN_ID, PLAN_START, 22, null, null, ASSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivePlan(PLAN_ID, PLAN_START, 3, 0, null, ASSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivePlan(PLAN_ID, PLAN_START, 3, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ActivePlan(PLAN_ID, PLAN_START, 21, 1, null, ASSIGNED).microBreakEveryMinutes()).isEqualTo(1);
    }

    @Test
    void noReassessmentsIsAnEmptyListAndAPausedPlanIsNotRunning() {
        var plan = new ActivePlan(PLAN_ID, PLAN_START, 3, null, null, ASSIGNED);
        var schedule = new PatientSchedule(PatientDays.UTC, NotificationPreferences.DEFAULT, plan, true, null, null);

        assertThat(schedule.reassessmentsCompleted()).isEmpty();
        assertThat(schedule.planRunning()).isFalse();
        assertThatThrownBy(() -> new PatientSchedule(null, NotificationPreferences.DEFAULT, plan, false, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
