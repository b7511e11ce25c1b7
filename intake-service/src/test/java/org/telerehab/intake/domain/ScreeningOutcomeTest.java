package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telerehab.intake.domain.AnswersBuilder.answers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

class ScreeningOutcomeTest {

    @Test
    void assessesAReadyChronicLumbarPatientWithLegPain() {
        AnswersBuilder a = answers();
        a.painRegions = List.of(Region.LUMBAR);
        a.radiatesBelowKnee = true;
        a.painNow = 7;
        a.painAverageWeek = 6;
        a.symptomWeeks = 14;
        a.startBackItems = StartBackScoreTest.items("10010100"); // items 1, 4, 6
        a.bothersomeness = Bothersomeness.VERY_MUCH;              // item 9 scores
        a.odi = OswestryScoreTest.sections("2 3 1 - 2 2 3 1 2 3"); // 9 answered, sum 19

        ScreeningOutcome outcome = ScreeningOutcome.assess(a.build());

        assertEquals(Disposition.READY_FOR_PROGRAM, outcome.disposition());
        assertEquals(List.of(Region.LUMBAR, Region.SCIATIC), outcome.painTypes());
        assertEquals(Chronicity.CHRONIC, outcome.chronicity());
        assertEquals(6, outcome.baselinePain());
        assertEquals(new StartBackScore(4, 2, RiskLevel.MEDIUM), outcome.startBack());
        assertEquals(new OswestryScore(42, OdiBand.SEVERE, 9), outcome.odi());
        assertEquals(List.of(), outcome.redFlags());
        assertTrue(String.join(" ", outcome.advice()).contains("6 to 7 out of 10"));
    }

    @Test
    void assessesAnEmergency() {
        AnswersBuilder a = answers();
        a.painRegions = List.of(Region.NECK, Region.THORACIC);
        a.symptomWeeks = 2;
        a.redFlags = List.of(RedFlag.NIGHT_PAIN, RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN);
        a.startBackItems = StartBackScoreTest.items("00001111");
        a.bothersomeness = Bothersomeness.EXTREMELY;
        a.odi = null;

        ScreeningOutcome outcome = ScreeningOutcome.assess(a.build());

        assertEquals(Disposition.EMERGENCY_REFERRAL, outcome.disposition());
        assertEquals(List.of(Region.THORACIC, Region.NECK), outcome.painTypes());
        assertEquals(Chronicity.ACUTE, outcome.chronicity());
        assertEquals(new StartBackScore(5, 5, RiskLevel.HIGH), outcome.startBack());
        assertNull(outcome.odi());
        assertEquals(List.of(RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN), outcome.redFlags());
        String advice = String.join(" ", outcome.advice()).toLowerCase();
        assertTrue(advice.contains("stop exercising now"), advice);
        assertTrue(advice.contains("seek medical care now"), advice);
    }

    @ParameterizedTest(name = "flags [{0}] -> {1}, advice mentions \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "''                          | READY_FOR_PROGRAM  | 6 to 7 out of 10",
            "FEVER                       | PHYSICIAN_REVIEW   | see your doctor before starting",
            "HISTORY_OF_CANCER FEVER     | PHYSICIAN_REVIEW   | see your doctor before starting",
            "FEVER WORSENING_NUMBNESS    | EMERGENCY_REFERRAL | stop exercising now",
    })
    void adviceFollowsTheDisposition(String flags, Disposition expected, String phrase) {
        AnswersBuilder a = answers();
        a.redFlags = TriageTest.parse(flags, RedFlag::valueOf);
        ScreeningOutcome outcome = ScreeningOutcome.assess(a.build());
        assertEquals(expected, outcome.disposition());
        assertTrue(String.join(" ", outcome.advice()).toLowerCase().contains(phrase), outcome.advice()::toString);
    }

    @ParameterizedTest(name = "painNow {0}, painAverageWeek {1} -> baseline {1}")
    @CsvSource({"9, 3", "0, 10", "5, 5"})
    void baselineIsTheWeeksAverageNotTodaysPain(int painNow, int painAverageWeek) {
        AnswersBuilder a = answers();
        a.painNow = painNow;
        a.painAverageWeek = painAverageWeek;
        assertEquals(painAverageWeek, ScreeningOutcome.assess(a.build()).baselinePain());
    }

    @Test
    void nullAnswersRejected() {
        assertThrows(IllegalArgumentException.class, () -> ScreeningOutcome.assess(null));
    }
}
