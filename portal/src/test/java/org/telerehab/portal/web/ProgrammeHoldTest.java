package org.telerehab.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a patient reads when their programme is on hold, from their plan and their red-flag history: the reason as a
 * code, and its English words (Messages); the page ends each with every emergency sign (RedFlagPagesTest).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ProgrammeHoldTest {

    static final Map<String, Object> ACTIVE = Map.of("status", "ACTIVE");
    static final Map<String, Object> PAUSED = Map.of("status", "PAUSED");

    private static Messages english() {
        return PortalLanguage.messages("en");
    }

    @Test
    void anOpenEmergencyStopsExerciseAndSaysWhyInThePatientsWords() {
        ProgrammeHold hold = ProgrammeHold.of(ACTIVE, List.of(
                report("OPEN", "EMERGENCY", "2026-12-04T10:15:00Z", "BLADDER_BOWEL_CHANGE", "FEVER"),
                report("CLEARED", "REVIEW", "2026-11-01T10:15:00Z", "NIGHT_PAIN")));

        assertThat(hold.emergency()).isTrue();
        assertThat(english().holdHeadline(hold.reason())).contains("on hold").contains("do not exercise");
        assertThat(hold.reportedAt()).isEqualTo(Instant.parse("2026-12-04T10:15:00Z"));
        assertThat(hold.flags()).containsExactly(RedFlag.BLADDER_BOWEL_CHANGE, RedFlag.FEVER);
        assertThat(english().holdSeekCare()).contains("seek medical care now");
    }

    @Test
    void aPausedPlanAfterAClearanceWaitsForTheNewPlan() {
        ProgrammeHold hold = ProgrammeHold.of(PAUSED, List.of(
                report("CLEARED", "EMERGENCY", "2026-12-04T10:15:00Z", "SADDLE_NUMBNESS")));

        assertThat(hold.emergency()).isFalse();
        assertThat(hold.reason()).isEqualTo(ProgrammeHold.Reason.PAUSED_CLEARED);
        assertThat(english().holdHeadline(hold.reason())).contains("on hold");
        assertThat(english().holdWhyPausedCleared()).contains("a doctor has checked you").contains("new plan");
        assertThat(hold.flags()).isEmpty();
        assertThat(english().holdDoNotRestart()).contains("do not restart these exercises");
    }

    @Test
    void anOpenReviewFlagLetsTheRunningPlanGoOnGentlyButNoNewOneStarts() {
        List<Map<String, Object>> reports = List.of(report("OPEN", "REVIEW", "2026-12-03T08:00:00Z", "FEVER"));

        ProgrammeHold running = ProgrammeHold.of(ACTIVE, reports);
        assertThat(running.emergency()).isFalse();
        assertThat(running.reason()).isEqualTo(ProgrammeHold.Reason.REVIEW_PLAN_RUNS);
        assertThat(english().holdWhyReview("3 December 2026")).contains("not an emergency");
        assertThat(english().holdCarryOnGently()).contains("carry on with your current exercises");

        ProgrammeHold noPlan = ProgrammeHold.of(null, reports);
        assertThat(english().holdHeadline(noPlan.reason()))
                .isEqualTo("Your programme is on hold until a doctor has checked you");
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
