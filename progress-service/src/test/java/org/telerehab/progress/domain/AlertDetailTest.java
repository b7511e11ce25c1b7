package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

class AlertDetailTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} {1}/10, baseline {2}")
    @CsvSource(delimiter = '|', value = {
            "CHECK_IN            | 8 | 5 | Pain 8/10 at check-in on 2026-11-20 (baseline 5)",
            "SESSION_PAIN_BEFORE | 7 | 5 | Pain 7/10 before a session on 2026-11-20 (baseline 5)",
            "CHECK_IN            | 9 |   | Pain 9/10 at check-in on 2026-11-20 (no baseline)",
    })
    void flare(PainReading.Source source, int pain, Integer baseline, String detail) {
        assertThat(AlertDetail.flare(new PainReading(DAY, pain, source), baseline)).isEqualTo(detail);
    }

    @Test
    void tooHard() {
        assertThat(AlertDetail.tooHard(new SessionFacts(DAY, 3, 4, 9)))
                .isEqualTo("Session on 2026-11-20 rated 9/10 for intensity (too hard from 8/10)");
    }

    @Test
    void redFlagSymptomNamesOnlyTheEmergencyFlags() {
        assertThat(AlertDetail.redFlagSymptom(CheckInFacts.of(DAY, 4,
                List.of(RedFlag.NIGHT_PAIN, RedFlag.SEVERE_LEG_WEAKNESS, RedFlag.SADDLE_NUMBNESS))))
                .isEqualTo("Emergency red flags at check-in on 2026-11-20: SADDLE_NUMBNESS, SEVERE_LEG_WEAKNESS; "
                        + "plan paused, patient told to seek care now");
        assertThat(AlertDetail.redFlagSymptom(CheckInFacts.of(DAY, 4, List.of(RedFlag.WORSENING_NUMBNESS))))
                .startsWith("Emergency red flag at check-in on 2026-11-20: WORSENING_NUMBNESS;");
    }

    @ParameterizedTest(name = "plan {0}, {1} a week, last session {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-01 | 3 | 2026-11-15 | No session for 5 days (last on 2026-11-15); plan active since 2026-11-01, "
                    + "3 sessions a week",
            "2026-11-10 | 1 |            | No session since the plan started on 2026-11-10 (10 days), 1 session a week",
            "2026-11-10 | 7 | 2026-11-02 | No session since the plan started on 2026-11-10 (10 days), 7 sessions a"
                    + " week; last session on 2026-11-02",
    })
    void disengaged(LocalDate planStart, int perWeek, LocalDate lastSession, String detail) {
        assertThat(AlertDetail.disengaged(new EngagementFacts(DAY, planStart, perWeek, lastSession))).isEqualTo(detail);
    }

    @Test
    void readyToProgress() {
        assertThat(AlertDetail.readyToProgress(new ReadinessFacts(DAY, DAY.minusDays(21), 6.0 / 7, 2.5, true, null)))
                .isEqualTo("Plan active 21 days; 28-day adherence 86%; pain change +2.5 from baseline, a minimal "
                        + "important change; no flare in the last 14 days");
        assertThat(AlertDetail.readyToProgress(new ReadinessFacts(DAY, DAY.minusDays(14), 0.8, 2.0, true, null)))
                .contains("adherence 80%").contains("pain change +2.0");
    }

    @Test
    void notImproving() {
        assertThat(AlertDetail.notImproving(new ReadinessFacts(DAY, DAY.minusDays(35), 0.75, 0.5, false, null)))
                .isEqualTo("Plan active 35 days; 28-day adherence 75%; pain change +0.5 from baseline (improving "
                        + "from 1)");
        assertThat(AlertDetail.notImproving(new ReadinessFacts(DAY, DAY.minusDays(28), 0.5, -1.25, false, null)))
                .contains("pain change -1.3").contains("adherence 50%");
    }

    @Test
    void painAfterSession() {
        assertThat(AlertDetail.painAfterSession(new SessionFacts(DAY, 3, 6, 5)))
                .isEqualTo("Pain rose from 3/10 to 6/10 during the session on 2026-11-20 (alert from a rise of 2)");
    }

    @Test
    void emergencyAdviceTellsThePatientToStopAndSeekCareNow() {
        String text = String.join(" ", RedFlagAdvice.EMERGENCY).toLowerCase(Locale.ROOT);
        assertThat(text).contains("stop exercising now", "seek medical care now", "urgent care",
                "emergency department", "do not wait for your therapist", "plan is paused");
    }

    @Test
    void bothKindsOfAdviceEndWithEveryEmergencySign() {
        assertThat(RedFlagAdvice.EMERGENCY).last().isEqualTo(EmergencySigns.ALL);
        assertThat(RedFlagAdvice.REVIEW).last().isEqualTo(EmergencySigns.ALL);
        assertThat(String.join(" ", RedFlagAdvice.REVIEW).toLowerCase(Locale.ROOT))
                .contains("doctor").contains("carry on").doesNotContain("plan is paused");
    }

    @Test
    void reviewFlagSymptomNamesTheFlagsAndThatThePlanContinues() {
        assertThat(AlertDetail.reviewFlagSymptom(CheckInFacts.of(DAY, 4, List.of(RedFlag.NIGHT_PAIN, RedFlag.FEVER))))
                .isEqualTo("Review red flags at check-in on 2026-11-20: FEVER, NIGHT_PAIN; plan continues, a "
                        + "physician's review is needed before any new plan");
    }

    @Test
    void aSingleReviewFlagIsNamedInTheSingular() {
        assertThat(AlertDetail.reviewFlagSymptom(CheckInFacts.of(DAY, 4, List.of(RedFlag.FEVER))))
                .startsWith("Review red flag at check-in on 2026-11-20: FEVER;");
    }

    @Test
    void safetyReviewNamesEveryNewWarning() {
        assertThat(AlertDetail.safetyReview(List.of("END_RANGE_WITH_SCIATIC for exercise e1",
                "FLEXION_STRETCH_FOR_BACK_PAIN for exercise e2")))
                .isEqualTo("A re-screen changed the pain types; the running plan now raises END_RANGE_WITH_SCIATIC "
                        + "for exercise e1, FLEXION_STRETCH_FOR_BACK_PAIN for exercise e2; review the plan");
    }

    @Test
    void aSafetyReviewWithoutWarningsIsABug() {
        assertThatThrownBy(() -> AlertDetail.safetyReview(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertDetail.safetyReview(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
