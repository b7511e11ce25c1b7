package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.EmergencySigns;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a patient reads when their programme is on hold, from their plan and their red-flag history. */
class ProgrammeHoldTest {

    static final Map<String, Object> ACTIVE = Map.of("status", "ACTIVE");
    static final Map<String, Object> PAUSED = Map.of("status", "PAUSED");

    @Test
    void anOpenEmergencyStopsExerciseAndSaysWhyInThePatientsWords() {
        ProgrammeHold hold = ProgrammeHold.of(ACTIVE, List.of(
                report("OPEN", "EMERGENCY", "2026-12-04T10:15:00Z", "BLADDER_BOWEL_CHANGE", "FEVER"),
                report("CLEARED", "REVIEW", "2026-11-01T10:15:00Z", "NIGHT_PAIN")));

        assertThat(hold.emergency()).isTrue();
        assertThat(hold.headline()).contains("on hold").contains("do not exercise");
        assertThat(hold.why()).contains("4 December 2026");
        assertThat(hold.flags()).containsExactly(Clinical.EMERGENCY_FLAGS.get("BLADDER_BOWEL_CHANGE"),
                Clinical.REVIEW_FLAGS.get("FEVER"));
        assertThat(hold.whatToDo()).anySatisfy(t -> assertThat(t).contains("seek medical care now"));
        assertThat(hold.whatToDo()).last().isEqualTo(EmergencySigns.ALL);
    }

    @Test
    void aPausedPlanAfterAClearanceWaitsForTheNewPlan() {
        ProgrammeHold hold = ProgrammeHold.of(PAUSED, List.of(
                report("CLEARED", "EMERGENCY", "2026-12-04T10:15:00Z", "SADDLE_NUMBNESS")));

        assertThat(hold.emergency()).isFalse();
        assertThat(hold.headline()).contains("on hold");
        assertThat(hold.why()).contains("a doctor has checked you").contains("new plan");
        assertThat(hold.flags()).isEmpty();
        assertThat(hold.whatToDo()).first().asString().contains("do not restart these exercises");
        assertThat(hold.whatToDo()).last().isEqualTo(EmergencySigns.ALL);
    }

    @Test
    void anOpenReviewFlagLetsTheRunningPlanGoOnGentlyButNoNewOneStarts() {
        List<Map<String, Object>> reports = List.of(report("OPEN", "REVIEW", "2026-12-03T08:00:00Z", "FEVER"));

        ProgrammeHold running = ProgrammeHold.of(ACTIVE, reports);
        assertThat(running.emergency()).isFalse();
        assertThat(running.why()).contains("not an emergency");
        assertThat(running.whatToDo()).anySatisfy(t -> assertThat(t).contains("carry on with your current exercises"));
        assertThat(running.whatToDo()).last().isEqualTo(EmergencySigns.ALL);

        ProgrammeHold noPlan = ProgrammeHold.of(null, reports);
        assertThat(noPlan.headline()).isEqualTo("Your programme is on hold until a doctor has checked you");
    }

    @Test
    void nothingOpenAndNothingPausedIsNoHold() {
        assertThat(ProgrammeHold.of(ACTIVE, List.of(report("CLEARED", "EMERGENCY", "2026-12-04T10:15:00Z",
                "SADDLE_NUMBNESS")))).isNull();
        assertThat(ProgrammeHold.of(null, List.of())).isNull();
    }

    static Map<String, Object> report(String state, String severity, String reportedAt, String... flags) {
        return Map.of("id", "7e0e0000-0000-4000-8000-00000000000" + flags.length, "state", state,
                "severity", severity, "reportedAt", reportedAt, "flags", List.of(flags), "source", "CHECK_IN");
    }
}
