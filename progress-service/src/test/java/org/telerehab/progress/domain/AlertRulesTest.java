package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerehab.progress.domain.Specs.TODAY;
import static org.telerehab.progress.domain.Specs.day;
import static org.telerehab.progress.domain.Specs.integer;
import static org.telerehab.progress.domain.Specs.number;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

/** Days are offsets from TODAY (-3 = today-3); "-" = none/null. */
class AlertRulesTest {

    static List<RedFlag> flags(String spec) {
        return spec == null || spec.isBlank()
                ? List.of() : Arrays.stream(spec.trim().split("\\s+")).map(RedFlag::valueOf).toList();
    }

    // ---- FLARE ------------------------------------------------------------------------------

    @ParameterizedTest(name = "baseline {0}, pain {1} -> flare {2}")
    @CsvSource({
            "5,  6,  false",   // baseline + 1
            "5,  7,  true",    // baseline + 2
            "5,  10, true",
            "4,  5,  false",
            "4,  6,  true",
            "6,  8,  true",    // baseline + 2 and 8
            "7,  8,  true",    // only baseline + 1, but >= 8 and above the baseline
            "8,  8,  false",   // 8, but no worse than the baseline
            "8,  9,  true",
            "9,  8,  false",   // an 8 below a baseline of 9 is no flare
            "9,  7,  false",
            "9,  10, true",
            "10, 10, false",
            "0,  1,  false",
            "0,  2,  true",
            "-,  7,  false",   // no screening yet: only >= 8 applies
            "-,  8,  true",
    })
    void flareThresholds(String baseline, int pain, boolean flare) {
        Integer baselinePain = integer(baseline);
        assertThat(AlertRules.isFlare(pain, baselinePain)).isEqualTo(flare);
        // both kinds of reading raise it
        assertThat(AlertRules.onCheckIn(CheckInFacts.of(TODAY, pain, List.of()), baselinePain)
                .contains(AlertType.FLARE)).isEqualTo(flare);
        assertThat(AlertRules.onSession(new SessionFacts(TODAY, pain, 0, 5), baselinePain)
                .contains(AlertType.FLARE)).isEqualTo(flare);
    }

    @ParameterizedTest(name = "baseline {0}: painBefore {1}, painAfter {2} -> flare {3}")
    @CsvSource({
            "3, 3, 9,  false",   // painAfter is not a reading (contract): no FLARE from it
            "3, 3, 10, false",
            "3, 5, 2,  true",    // painBefore is
            "3, 8, 0,  true",
    })
    void onlyPainBeforeOfASessionIsAReading(int baseline, int painBefore, int painAfter, boolean flare) {
        SessionFacts session = new SessionFacts(TODAY, painBefore, painAfter, 5);
        assertThat(AlertRules.onSession(session, baseline).contains(AlertType.FLARE)).isEqualTo(flare);
    }

    // ---- PAIN_AFTER_SESSION -------------------------------------------------------------------

    @ParameterizedTest(name = "painBefore {0}, painAfter {1} -> pain after session {2}")
    @CsvSource({
            "3, 4,  false",   // + 1
            "3, 5,  true",    // + 2
            "3, 10, true",
            "0, 2,  true",
            "8, 10, true",
            "5, 5,  false",
            "6, 2,  false",   // better after the session
    })
    void painAfterSessionWhenPainRisesByTwo(int painBefore, int painAfter, boolean raised) {
        SessionFacts session = new SessionFacts(TODAY, painBefore, painAfter, 5);
        assertThat(AlertRules.isPainAfterSession(session)).isEqualTo(raised);
        assertThat(AlertRules.onSession(session, 9).contains(AlertType.PAIN_AFTER_SESSION)).isEqualTo(raised);
    }

    // ---- TOO_HARD ---------------------------------------------------------------------------

    @ParameterizedTest(name = "intensity {0} -> too hard {1}")
    @CsvSource({"0, false", "6, false", "7, false", "8, true", "9, true", "10, true"})
    void tooHardThreshold(int intensity, boolean tooHard) {
        SessionFacts session = new SessionFacts(TODAY, 2, 2, intensity);
        assertThat(AlertRules.isTooHard(intensity)).isEqualTo(tooHard);
        assertThat(AlertRules.onSession(session, 2).contains(AlertType.TOO_HARD)).isEqualTo(tooHard);
    }

    // ---- RED_FLAG_SYMPTOM and REVIEW_FLAG_SYMPTOM ---------------------------------------------

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
            "BLADDER_BOWEL_CHANGE,                    RED_FLAG_SYMPTOM",
            "SADDLE_NUMBNESS,                         RED_FLAG_SYMPTOM",
            "SEVERE_LEG_WEAKNESS,                     RED_FLAG_SYMPTOM",
            "WORSENING_NUMBNESS,                      RED_FLAG_SYMPTOM",
            "SEXUAL_DYSFUNCTION,                      RED_FLAG_SYMPTOM",
            "BILATERAL_LEG_SYMPTOMS,                  RED_FLAG_SYMPTOM",
            "CERVICAL_ARTERY_SIGNS,                   RED_FLAG_SYMPTOM",
            "HISTORY_OF_CANCER,                       REVIEW_FLAG_SYMPTOM",
            "UNEXPLAINED_WEIGHT_LOSS,                 REVIEW_FLAG_SYMPTOM",
            "FEVER,                                   REVIEW_FLAG_SYMPTOM",
            "SIGNIFICANT_TRAUMA,                      REVIEW_FLAG_SYMPTOM",
            "NIGHT_PAIN,                              REVIEW_FLAG_SYMPTOM",
            "STEROID_OR_IMMUNOSUPPRESSION,            REVIEW_FLAG_SYMPTOM",
            "IV_DRUG_USE,                             REVIEW_FLAG_SYMPTOM",
            "OSTEOPOROSIS,                            REVIEW_FLAG_SYMPTOM",
            "CONSTANT_PROGRESSIVE_PAIN,               REVIEW_FLAG_SYMPTOM",
            "CERVICAL_MYELOPATHY_SIGNS,               REVIEW_FLAG_SYMPTOM",
            "NIGHT_PAIN FEVER,                        REVIEW_FLAG_SYMPTOM",
            "NIGHT_PAIN SADDLE_NUMBNESS,              RED_FLAG_SYMPTOM",   // the emergency outranks
            "'',                                      ''",
    })
    void aCheckInsRedFlagsRaiseTheAlertOfTheirSeverity(String reported, String alert) {
        CheckInFacts checkIn = CheckInFacts.of(TODAY, 2, flags(reported));
        assertThat(AlertRules.onCheckIn(checkIn, 2)).containsExactlyElementsOf(types(alert));
        assertThat(AlertRules.hasEmergencyFlag(flags(reported))).isEqualTo("RED_FLAG_SYMPTOM".equals(alert));
        assertThat(AlertRules.hasReviewFlagOnly(flags(reported))).isEqualTo("REVIEW_FLAG_SYMPTOM".equals(alert));
    }

    @ParameterizedTest(name = "{0}: a check-in with no flag raises no red-flag alert")
    @EnumSource(value = AlertType.class, names = {"RED_FLAG_SYMPTOM", "REVIEW_FLAG_SYMPTOM"})
    void noFlagNoRedFlagAlert(AlertType type) {
        assertThat(AlertRules.onCheckIn(CheckInFacts.of(TODAY, 9, List.of()), 2)).doesNotContain(type);
    }

    // ---- DISENGAGED -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} a week -> disengaged after {1} days")
    @CsvSource({"7, 3", "6, 3", "5, 3", "4, 4", "3, 5", "2, 7", "1, 14"})
    void disengagedFollowsThePlansRhythm(int sessionsPerWeek, int days) {
        // max(3, ceil(14 / sessionsPerWeek)): 14/4 = 3.5 -> 4, 14/3 = 4.67 -> 5
        assertThat(AlertRules.disengagedAfterDays(sessionsPerWeek)).isEqualTo(days);
    }

    @ParameterizedTest(name = "plan from {0}, {1} a week, last session {2} -> disengaged {3}")
    @CsvSource({
            // a daily plan: 3 days; no session yet: the plan must have been active 3 days
            "-2,   7, -,   false",
            "-3,   7, -,   true",
            "0,    7, -,   false",
            "5,    7, -,   false",   // plan not started yet
            // a session on today-2 .. today keeps the patient engaged
            "-10,  7, 0,   false",
            "-10,  7, -2,  false",
            "-10,  7, -3,  true",
            "-10,  7, -9,  true",
            "-3,   7, -3,  true",
            // 3 a week: 5 days (not disengaged on a Monday after a Wednesday session)
            "-10,  3, -4,  false",
            "-10,  3, -5,  true",
            "-4,   3, -,   false",
            "-5,   3, -,   true",
            // once a week: 14 days
            "-30,  1, -13, false",
            "-30,  1, -14, true",
            "-13,  1, -,   false",
            "-14,  1, -,   true",
            // a recent plan is not old enough, whatever the last session (e.g. on a previous plan)
            "-2,   7, -10, false",
            // no active plan (none, or paused): never
            "-,    -, -,   false",
            "-,    -, -10, false",
    })
    void disengagedAfterTheDaysThePlansRhythmAllows(String planStart, String perWeek, String lastSession,
                                                   boolean disengaged) {
        EngagementFacts facts = new EngagementFacts(TODAY, day(planStart), integer(perWeek), day(lastSession));
        assertThat(AlertRules.isDisengaged(facts)).isEqualTo(disengaged);
    }

    // ---- READY_TO_PROGRESS ------------------------------------------------------------------

    @ParameterizedTest(name = "plan from {0}, adherence {1}, change {2}, mcid {3}, last flare {4} -> ready {5}")
    @CsvSource({
            "-14, 0.8,  2,    true,  -,   true",
            "-13, 0.8,  2,    true,  -,   false",   // active 13 days
            "-40, 1,    3,    true,  -,   true",
            "-14, 0.79, 2,    true,  -,   false",
            "-14, 0.8,  -0.1, false, -,   false",
            "-14, 0.8,  0,    false, -,   false",   // no real improvement
            "-14, 0.8,  1.9,  false, -,   false",
            "-14, 0.8,  2.5,  true,  -,   true",
            "-14, 56/70, 2,   true,  -,   true",    // the calculator's exact 0.8
            "-30, 0.9,  2,    true,  -13, false",   // a FLARE 13 days ago blocks
            "-30, 0.9,  2,    true,  0,   false",
            "-30, 0.9,  2,    true,  -14, true",    // outside the last 14 days (today-13 .. today)
            "-30, 0.9,  2,    true,  -15, true",
            "-30, -,    2,    true,  -,   false",   // no adherence (no plan figures)
            "-30, 0.9,  -,    false, -,   false",   // no painChange (no baseline or no reading)
            "-,   0.9,  2,    true,  -,   false",   // no active plan
    })
    void readyToProgress(String planStart, String adherence, String change, boolean mcid, String lastFlare,
                         boolean ready) {
        ReadinessFacts facts = new ReadinessFacts(TODAY, day(planStart), number(adherence), number(change), mcid,
                day(lastFlare));
        assertThat(AlertRules.isReadyToProgress(facts)).isEqualTo(ready);
    }

    // ---- NOT_IMPROVING ----------------------------------------------------------------------

    @ParameterizedTest(name = "plan from {0}, adherence {1}, change {2} -> not improving {3}")
    @CsvSource({
            "-28, 0.5,  0.99, true",
            "-27, 0.5,  0.99, false",   // active 27 days
            "-60, 1,    -2,   true",    // worse than the baseline
            "-28, 0.49, 0,    false",   // practice was not consistent enough to judge
            "-28, 0.5,  1,    false",   // improved by a point
            "-28, 0.5,  3,    false",
            "-28, -,    0,    false",
            "-28, 0.8,  -,    false",   // no reading in the last 7 days: not judged
            "-,   0.8,  0,    false",   // no active plan
    })
    void notImprovingAfterFourWeeksOfPractice(String planStart, String adherence, String change, boolean raised) {
        ReadinessFacts facts = new ReadinessFacts(TODAY, day(planStart), number(adherence), number(change), false,
                null);
        assertThat(AlertRules.isNotImproving(facts)).isEqualTo(raised);
    }

    @Test
    void readinessFromTheCalculatorsFigures() {
        // 3/week for 28 days = 12 prescribed, 10 done: 10/12 >= 0.8; pain 6 -> 3, a minimal important change
        ProgressFigures figures = ProgressCalculator.compute(new PatientSummary(6, 3, TODAY.minusDays(30), 3, 10, null),
                Specs.rollups("0:2:6/2 -3:2:0/0 -10:3:0/0 -20:3:0/0"), TODAY);
        assertThat(AlertRules.isReadyToProgress(ReadinessFacts.of(TODAY, TODAY.minusDays(30), figures, null))).isTrue();
        assertThat(AlertRules.isReadyToProgress(
                ReadinessFacts.of(TODAY, TODAY.minusDays(30), figures, TODAY.minusDays(2)))).isFalse();
        // pain 6 -> 5: better, but not by a minimal important change
        ProgressFigures smallChange = ProgressCalculator.compute(new PatientSummary(6, 3, TODAY.minusDays(30), 5, 10,
                null), Specs.rollups("0:2:10/2 -3:2:0/0 -10:3:0/0 -20:3:0/0"), TODAY);
        assertThat(AlertRules.isReadyToProgress(ReadinessFacts.of(TODAY, TODAY.minusDays(30), smallChange, null)))
                .isFalse();
    }

    // ---- what a log raises (once per episode is decided where alerts are stored: AlertFlowTest) -------

    @ParameterizedTest(name = "session painBefore {0}, intensity {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "9 | 9 | FLARE TOO_HARD",
            "0 | 9 | PAIN_AFTER_SESSION TOO_HARD",
            "9 | 7 | FLARE",
            "5 | 8 | TOO_HARD",
            "2 | 7 | ",
    })
    void sessionRaisesFlareThenPainAfterThenTooHard(int painBefore, int intensity, String raised) {
        assertThat(AlertRules.onSession(new SessionFacts(TODAY, painBefore, 2, intensity), 4))
                .containsExactlyElementsOf(types(raised));
    }

    @ParameterizedTest(name = "check-in pain {0}, flags [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "9 | WORSENING_NUMBNESS | RED_FLAG_SYMPTOM FLARE",
            "3 | WORSENING_NUMBNESS | RED_FLAG_SYMPTOM",
            "9 | NIGHT_PAIN         | REVIEW_FLAG_SYMPTOM FLARE",
            "3 | NIGHT_PAIN         | REVIEW_FLAG_SYMPTOM",
            "9 |                    | FLARE",
            "3 |                    | ",
    })
    void checkInRaisesTheRedFlagFirst(int pain, String reported, String raised) {
        assertThat(AlertRules.onCheckIn(CheckInFacts.of(TODAY, pain, flags(reported)), 4))
                .containsExactlyElementsOf(types(raised));
    }

    static List<AlertType> types(String spec) {
        return spec == null || spec.isBlank()
                ? List.of() : Arrays.stream(spec.trim().split("\\s+")).map(AlertType::valueOf).toList();
    }

    @Test
    void planActiveDaysCountsWholeDaysSinceTheStart() {
        assertThat(AlertRules.planActiveDays(TODAY, TODAY)).isZero();
        assertThat(AlertRules.planActiveDays(TODAY.minusDays(14), TODAY)).isEqualTo(14);
        assertThat(AlertRules.planActiveDays(TODAY.plusDays(2), TODAY)).isEqualTo(-2);
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> AlertRules.onCheckIn(null, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isFlare(11, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isFlare(5, 11)).hasMessageContaining("baselinePain");
        assertThatThrownBy(() -> AlertRules.isTooHard(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.hasEmergencyFlag(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckInFacts.of(TODAY, 3, Arrays.asList(RedFlag.FEVER, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngagementFacts(null, TODAY, 3, null))
                .isInstanceOf(IllegalArgumentException.class);
        // every rule names missing facts instead of failing somewhere inside with a NullPointerException
        assertThatThrownBy(() -> AlertRules.isDisengaged(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngagementFacts(TODAY, TODAY, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.disengagedAfterDays(0)).hasMessageContaining("sessionsPerWeek");
        assertThatThrownBy(() -> AlertRules.isReadyToProgress(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isNotImproving(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isPainAfterSession(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.onSession(null, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.hasReviewFlagOnly(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
