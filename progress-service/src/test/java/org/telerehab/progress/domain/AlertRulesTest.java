package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerehab.progress.domain.Specs.TODAY;
import static org.telerehab.progress.domain.Specs.day;
import static org.telerehab.progress.domain.Specs.integer;
import static org.telerehab.progress.domain.Specs.number;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

/** Days are offsets from TODAY (-3 = today-3); "-" = none/null. */
class AlertRulesTest {

    static final Set<AlertType> NONE_OPEN = Set.of();

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
            "7,  8,  true",    // only baseline + 1, but >= 8
            "9,  8,  true",    // below a high baseline, still >= 8
            "9,  7,  false",
            "10, 10, true",
            "0,  1,  false",
            "0,  2,  true",
            "-,  7,  false",   // no screening yet: only >= 8 applies
            "-,  8,  true",
    })
    void flareThresholds(String baseline, int pain, boolean flare) {
        Integer baselinePain = integer(baseline);
        assertThat(AlertRules.isFlare(pain, baselinePain)).isEqualTo(flare);
        // both kinds of reading raise it
        assertThat(AlertRules.raiseFlare(PainReading.checkIn(TODAY, pain), baselinePain, NONE_OPEN)).isEqualTo(flare);
        assertThat(AlertRules.onCheckIn(CheckInFacts.of(TODAY, pain, List.of()), baselinePain, NONE_OPEN)
                .contains(AlertType.FLARE)).isEqualTo(flare);
        assertThat(AlertRules.onSession(new SessionFacts(TODAY, pain, 0, 5), baselinePain, NONE_OPEN)
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
        assertThat(AlertRules.onSession(session, baseline, NONE_OPEN).contains(AlertType.FLARE)).isEqualTo(flare);
    }

    // ---- TOO_HARD ---------------------------------------------------------------------------

    @ParameterizedTest(name = "intensity {0} -> too hard {1}")
    @CsvSource({"0, false", "6, false", "7, false", "8, true", "9, true", "10, true"})
    void tooHardThreshold(int intensity, boolean tooHard) {
        SessionFacts session = new SessionFacts(TODAY, 2, 2, intensity);
        assertThat(AlertRules.isTooHard(intensity)).isEqualTo(tooHard);
        assertThat(AlertRules.raiseTooHard(session, NONE_OPEN)).isEqualTo(tooHard);
        assertThat(AlertRules.onSession(session, 2, NONE_OPEN).contains(AlertType.TOO_HARD)).isEqualTo(tooHard);
    }

    // ---- RED_FLAG_SYMPTOM -------------------------------------------------------------------

    @ParameterizedTest(name = "[{0}] -> red flag symptom {1}")
    @CsvSource({
            "BLADDER_BOWEL_CHANGE,               true",
            "SADDLE_NUMBNESS,                    true",
            "SEVERE_LEG_WEAKNESS,                true",
            "WORSENING_NUMBNESS,                 true",
            "SEXUAL_DYSFUNCTION,                 true",
            "HISTORY_OF_CANCER,                  false",   // review-only flags do not raise it
            "UNEXPLAINED_WEIGHT_LOSS,            false",
            "FEVER,                              false",
            "SIGNIFICANT_TRAUMA,                 false",
            "NIGHT_PAIN,                         false",
            "NIGHT_PAIN FEVER,                   false",
            "NIGHT_PAIN SADDLE_NUMBNESS,         true",
            "'',                                 false",
    })
    void redFlagSymptomOnEmergencyFlagsOnly(String reported, boolean raised) {
        CheckInFacts checkIn = CheckInFacts.of(TODAY, 2, flags(reported));
        assertThat(AlertRules.hasEmergencyFlag(flags(reported))).isEqualTo(raised);
        assertThat(AlertRules.raiseRedFlagSymptom(checkIn, NONE_OPEN)).isEqualTo(raised);
        assertThat(AlertRules.onCheckIn(checkIn, 2, NONE_OPEN).contains(AlertType.RED_FLAG_SYMPTOM))
                .isEqualTo(raised);
    }

    // ---- DISENGAGED -------------------------------------------------------------------------

    @ParameterizedTest(name = "plan from {0}, last session {1} -> disengaged {2}")
    @CsvSource({
            // no session yet: the plan must have been active 3 days
            "-2,   -,   false",
            "-3,   -,   true",
            "0,    -,   false",
            "5,    -,   false",   // plan not started yet
            // a session on today-2 .. today keeps the patient engaged
            "-10,  0,   false",
            "-10,  -1,  false",
            "-10,  -2,  false",
            "-10,  -3,  true",
            "-10,  -9,  true",
            "-3,   -3,  true",
            // a recent plan is not old enough, whatever the last session (e.g. on a previous plan)
            "-2,   -10, false",
            // no active plan (none, or paused): never
            "-,    -,   false",
            "-,    -10, false",
    })
    void disengagedAfterThreeDaysWithoutASession(String planStart, String lastSession, boolean disengaged) {
        EngagementFacts facts = new EngagementFacts(TODAY, day(planStart), day(lastSession));
        assertThat(AlertRules.isDisengaged(facts)).isEqualTo(disengaged);
        assertThat(AlertRules.raiseDisengaged(facts, NONE_OPEN)).isEqualTo(disengaged);
    }

    // ---- READY_TO_PROGRESS ------------------------------------------------------------------

    @ParameterizedTest(name = "plan from {0}, adherence {1}, change {2}, last flare {3} -> ready {4}")
    @CsvSource({
            "-14, 0.8,  0,    -,   true",
            "-13, 0.8,  0,    -,   false",   // active 13 days
            "-40, 1,    3,    -,   true",
            "-14, 0.79, 0,    -,   false",
            "-14, 0.8,  -0.1, -,   false",
            "-14, 0.8,  2.5,  -,   true",
            "-14, 56/70, 0,   -,   true",    // the calculator's exact 0.8
            "-30, 0.9,  1,    -13, false",   // a FLARE 13 days ago blocks
            "-30, 0.9,  1,    0,   false",
            "-30, 0.9,  1,    -14, true",    // outside the last 14 days (today-13 .. today)
            "-30, 0.9,  1,    -15, true",
            "-30, -,    1,    -,   false",   // no adherence (no plan figures)
            "-30, 0.9,  -,    -,   false",   // no painChange (no baseline or no reading)
            "-,   0.9,  1,    -,   false",   // no active plan
    })
    void readyToProgress(String planStart, String adherence, String change, String lastFlare, boolean ready) {
        ReadinessFacts facts = new ReadinessFacts(TODAY, day(planStart), number(adherence), number(change),
                day(lastFlare));
        assertThat(AlertRules.isReadyToProgress(facts)).isEqualTo(ready);
        assertThat(AlertRules.raiseReadyToProgress(facts, NONE_OPEN)).isEqualTo(ready);
    }

    @Test
    void readinessFromTheCalculatorsFigures() {
        // 3/week for 28 days = 12 prescribed, 10 done: 10/12 >= 0.8; pain 6 -> 5
        ProgressFigures figures = ProgressCalculator.compute(new PatientSummary(6, 3, TODAY.minusDays(30), 5, 10, null),
                Specs.rollups("0:2:10/2 -3:2:0/0 -10:3:0/0 -20:3:0/0"), TODAY);
        assertThat(AlertRules.isReadyToProgress(ReadinessFacts.of(TODAY, TODAY.minusDays(30), figures, null))).isTrue();
        assertThat(AlertRules.isReadyToProgress(
                ReadinessFacts.of(TODAY, TODAY.minusDays(30), figures, TODAY.minusDays(2)))).isFalse();
    }

    // ---- once per episode -------------------------------------------------------------------

    /** A situation in which the condition of {@code type} holds. */
    static boolean raiseWhenConditionHolds(AlertType type, Set<AlertType> open) {
        return switch (type) {
            case FLARE -> AlertRules.raiseFlare(PainReading.checkIn(TODAY, 9), 4, open);
            case TOO_HARD -> AlertRules.raiseTooHard(new SessionFacts(TODAY, 3, 3, 9), open);
            case RED_FLAG_SYMPTOM -> AlertRules.raiseRedFlagSymptom(
                    CheckInFacts.of(TODAY, 3, List.of(RedFlag.SADDLE_NUMBNESS)), open);
            case DISENGAGED -> AlertRules.raiseDisengaged(
                    new EngagementFacts(TODAY, TODAY.minusDays(10), TODAY.minusDays(5)), open);
            case READY_TO_PROGRESS -> AlertRules.raiseReadyToProgress(
                    new ReadinessFacts(TODAY, TODAY.minusDays(20), 0.9, 1.0, null), open);
        };
    }

    @ParameterizedTest(name = "{0}: once per episode")
    @EnumSource(AlertType.class)
    void oncePerEpisode(AlertType type) {
        // no open alert: raised
        assertThat(raiseWhenConditionHolds(type, NONE_OPEN)).isTrue();
        // an open alert of this type: not raised again
        assertThat(raiseWhenConditionHolds(type, Set.of(type))).isFalse();
        assertThat(raiseWhenConditionHolds(type, EnumSet.allOf(AlertType.class))).isFalse();
        // open alerts of other types do not block it
        assertThat(raiseWhenConditionHolds(type, EnumSet.complementOf(EnumSet.of(type)))).isTrue();
        // the therapist resolved it: a new episode raises again
        Set<AlertType> open = EnumSet.of(type, AlertType.values()[(type.ordinal() + 1) % AlertType.values().length]);
        assertThat(raiseWhenConditionHolds(type, open)).isFalse();
        open.remove(type);
        assertThat(raiseWhenConditionHolds(type, open)).isTrue();
    }

    @ParameterizedTest(name = "open [{3}]: session painBefore {0}, intensity {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "9 | 9 | FLARE TOO_HARD | ",
            "9 | 9 | TOO_HARD       | FLARE",
            "9 | 9 | FLARE          | TOO_HARD",
            "9 | 9 |                | FLARE TOO_HARD",
            "2 | 7 |                | ",
    })
    void sessionRaisesFlareAndTooHardPerEpisode(int painBefore, int intensity, String raised, String open) {
        assertThat(AlertRules.onSession(new SessionFacts(TODAY, painBefore, 2, intensity), 4, typeSet(open)))
                .containsExactlyElementsOf(types(raised));
    }

    @ParameterizedTest(name = "open [{3}]: check-in pain {0}, flags [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "9 | WORSENING_NUMBNESS | FLARE RED_FLAG_SYMPTOM | ",
            "9 | WORSENING_NUMBNESS | RED_FLAG_SYMPTOM       | FLARE",
            "3 | WORSENING_NUMBNESS |                        | RED_FLAG_SYMPTOM",
            "3 | NIGHT_PAIN         |                        | ",
            "9 |                    | FLARE                  | DISENGAGED",
    })
    void checkInRaisesFlareAndRedFlagPerEpisode(int pain, String reported, String raised, String open) {
        assertThat(AlertRules.onCheckIn(CheckInFacts.of(TODAY, pain, flags(reported)), 4, typeSet(open)))
                .containsExactlyElementsOf(types(raised));
    }

    static List<AlertType> types(String spec) {
        return spec == null || spec.isBlank()
                ? List.of() : Arrays.stream(spec.trim().split("\\s+")).map(AlertType::valueOf).toList();
    }

    static Set<AlertType> typeSet(String spec) {
        return Set.copyOf(types(spec));
    }

    @Test
    void planActiveDaysCountsWholeDaysSinceTheStart() {
        assertThat(AlertRules.planActiveDays(TODAY, TODAY)).isZero();
        assertThat(AlertRules.planActiveDays(TODAY.minusDays(14), TODAY)).isEqualTo(14);
        assertThat(AlertRules.planActiveDays(TODAY.plusDays(2), TODAY)).isEqualTo(-2);
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> AlertRules.mayStartEpisode(AlertType.FLARE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isFlare(11, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isTooHard(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.hasEmergencyFlag(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckInFacts.of(TODAY, 3, Arrays.asList(RedFlag.FEVER, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngagementFacts(null, TODAY, null)).isInstanceOf(IllegalArgumentException.class);
        // every rule names missing facts instead of failing somewhere inside with a NullPointerException
        assertThatThrownBy(() -> AlertRules.isDisengaged(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.isReadyToProgress(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.raiseTooHard(null, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.raiseRedFlagSymptom(null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.onSession(null, 5, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertRules.onCheckIn(null, 5, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
