package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.RiskLevel;

class StartBackScoreTest {

    /** "10010000" = items 1-8, 1 = agree. */
    static List<Boolean> items(String agreeMask) {
        List<Boolean> items = new ArrayList<>();
        for (char c : agreeMask.toCharArray()) {
            items.add(c == '1');
        }
        return items;
    }

    @ParameterizedTest(name = "items {0} + {1} -> total {2}, psychosocial {3}, {4}")
    @CsvSource({
            // items 1-8, item 9,   total, psychosocial, risk
            "00000000, NOT_AT_ALL,  0, 0, LOW",
            // total cut-off: 3 is LOW, 4 is MEDIUM
            "11100000, NOT_AT_ALL,  3, 0, LOW",
            "11110000, NOT_AT_ALL,  4, 0, MEDIUM",
            "11100000, EXTREMELY,   4, 1, MEDIUM",
            // a subscale of 3 with a total of 3 is still LOW
            "00001110, NOT_AT_ALL,  3, 3, LOW",
            // subscale cut-off: 3 is MEDIUM, 4 is HIGH
            "10001110, NOT_AT_ALL,  4, 3, MEDIUM",
            "11101110, MODERATELY,  6, 3, MEDIUM",
            "11101111, NOT_AT_ALL,  7, 4, HIGH",
            "11101110, VERY_MUCH,   7, 4, HIGH",
            // subscale 4 wins even at the lowest total that allows it
            "00001111, NOT_AT_ALL,  4, 4, HIGH",
            "00001110, VERY_MUCH,   4, 4, HIGH",
            "11111111, EXTREMELY,   9, 5, HIGH",
            "11110000, SLIGHTLY,    4, 0, MEDIUM",
    })
    void scoresTotalSubscaleAndRiskAtTheCutOffs(String mask, Bothersomeness item9,
                                                int total, int psychosocial, RiskLevel risk) {
        assertEquals(new StartBackScore(total, psychosocial, risk), StartBackScore.of(items(mask), item9));
    }

    @ParameterizedTest(name = "item 9 {0} scores {1}")
    @CsvSource({
            "NOT_AT_ALL,  0",
            "SLIGHTLY,    0",
            "MODERATELY,  0",
            "VERY_MUCH,   1",
            "EXTREMELY,   1",
    })
    void item9ScoresOnlyForVeryMuchOrExtremely(Bothersomeness item9, int expected) {
        assertEquals(expected, item9.score());
        StartBackScore score = StartBackScore.of(items("00000000"), item9);
        assertEquals(expected, score.total());
        assertEquals(expected, score.psychosocial(), "item 9 belongs to the psychosocial subscale");
    }

    @ParameterizedTest(name = "item {0} alone: total 1, psychosocial {1}")
    @CsvSource({
            "1, 0",
            "2, 0",
            "3, 0",
            "4, 0",
            "5, 1",
            "6, 1",
            "7, 1",
            "8, 1",
    })
    void subscaleCountsOnlyItems5To9(int itemNumber, int expectedPsychosocial) {
        char[] mask = "00000000".toCharArray();
        mask[itemNumber - 1] = '1';
        StartBackScore score = StartBackScore.of(items(new String(mask)), Bothersomeness.NOT_AT_ALL);
        assertEquals(1, score.total());
        assertEquals(expectedPsychosocial, score.psychosocial());
    }

    @ParameterizedTest(name = "{0} answers rejected")
    @CsvSource({
            "1111000",
            "111100001",
            "''",
    })
    void rejectsAnythingButEightItems(String mask) {
        InvalidScreeningAnswerException e = assertThrows(InvalidScreeningAnswerException.class,
                () -> StartBackScore.of(items(mask), Bothersomeness.NOT_AT_ALL));
        assertEquals("startBack.items", e.field());
    }

    @Test
    void rejectsMissingItemsOrBothersomeness() {
        assertThrows(IllegalArgumentException.class, () -> StartBackScore.of(null, Bothersomeness.SLIGHTLY));
        assertThrows(IllegalArgumentException.class,
                () -> StartBackScore.of(Arrays.asList(true, false, null, false, false, false, false, false),
                        Bothersomeness.SLIGHTLY));
        InvalidScreeningAnswerException e = assertThrows(InvalidScreeningAnswerException.class,
                () -> StartBackScore.of(items("00000000"), null));
        assertEquals("startBack.bothersomeness", e.field());
    }

    @ParameterizedTest(name = "total {0}, psychosocial {1} rejected")
    @CsvSource({"10, 0", "-1, 0", "3, 4", "9, 6", "2, -1"})
    void recordRejectsImpossibleScores(int total, int psychosocial) {
        assertThrows(IllegalArgumentException.class, () -> new StartBackScore(total, psychosocial, RiskLevel.LOW));
    }
}
