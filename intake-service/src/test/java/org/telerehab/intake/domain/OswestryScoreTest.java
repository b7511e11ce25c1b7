package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OswestryScoreTest {

    /** "3 2 - 2" = section scores separated by spaces, "-" for a skipped section. */
    static List<Integer> sections(String spec) {
        List<Integer> sections = new ArrayList<>();
        for (String token : spec.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                sections.add(token.equals("-") ? null : Integer.valueOf(token));
            }
        }
        return sections;
    }

    /*
     * Expected values worked by hand: percent = sum / (5 x answered) x 100, rounded half up.
     * With at most 10 sections, 21, 41, 61 and 81 cannot be reached (20 x sum / answered never
     * lands in [20.5, 21.5) and so on), so each boundary is shown by its top value and the next
     * reachable one; bandsChangeExactlyAtTheCutOffs covers 21, 41, 61, 81 themselves.
     */
    @ParameterizedTest(name = "[{0}] -> {1}% {2}")
    @CsvSource(delimiter = '|', value = {
            // 0 skipped: 10 answered, percent = 2 x sum
            "0 0 0 0 0 0 0 0 0 0 | 0   | MINIMAL",    // sum 0
            "1 1 1 1 1 1 1 1 1 1 | 20  | MINIMAL",    // sum 10: 10/50
            "2 1 1 1 1 1 1 1 1 1 | 22  | MODERATE",   // sum 11: 11/50
            "2 2 2 2 2 2 2 2 2 2 | 40  | MODERATE",   // sum 20
            "3 2 2 2 2 2 2 2 2 2 | 42  | SEVERE",     // sum 21
            "3 3 3 3 3 3 3 3 3 3 | 60  | SEVERE",     // sum 30
            "4 3 3 3 3 3 3 3 3 3 | 62  | CRIPPLED",   // sum 31
            "4 4 4 4 4 4 4 4 4 4 | 80  | CRIPPLED",   // sum 40
            "5 4 4 4 4 4 4 4 4 4 | 82  | BED_BOUND",  // sum 41
            "5 5 5 5 5 5 5 5 5 5 | 100 | BED_BOUND",  // sum 50
            // 1 skipped: 9 answered, percent = 20 x sum / 9
            "1 1 1 1 1 1 1 1 1 - | 20  | MINIMAL",    // sum 9: 9/45 = 20
            "- 2 1 1 1 1 1 1 1 1 | 22  | MODERATE",   // sum 10: 22.2
            "2 2 2 2 - 2 2 2 2 2 | 40  | MODERATE",   // sum 18: 40
            "3 2 2 2 2 2 2 2 2 - | 42  | SEVERE",     // sum 19: 42.2
            "3 3 3 3 3 3 3 3 3 - | 60  | SEVERE",     // sum 27: 60
            "4 3 3 3 3 - 3 3 3 3 | 62  | CRIPPLED",   // sum 28: 62.2
            "4 4 4 4 4 4 4 4 4 - | 80  | CRIPPLED",   // sum 36: 80
            "5 4 4 4 4 4 4 4 - 4 | 82  | BED_BOUND",  // sum 37: 82.2
            // 2 skipped: 8 answered (the fewest that make a score), percent = 20 x sum / 8
            "1 1 1 1 1 1 1 1 - - | 20  | MINIMAL",    // sum 8: 20
            "2 1 1 1 1 1 1 1 - - | 23  | MODERATE",   // sum 9: 22.5
            "- 2 2 2 2 2 2 2 - 2 | 40  | MODERATE",   // sum 16: 40
            "3 2 2 2 2 2 2 2 - - | 43  | SEVERE",     // sum 17: 42.5
            "3 3 3 3 3 3 3 3 - - | 60  | SEVERE",     // sum 24: 60
            "4 3 3 3 3 3 3 3 - - | 63  | CRIPPLED",   // sum 25: 62.5
            "4 4 4 4 4 4 4 4 - - | 80  | CRIPPLED",   // sum 32: 80
            "- - 5 4 4 4 4 4 4 4 | 83  | BED_BOUND",  // sum 33: 82.5
    })
    void percentAndBandAroundEveryBoundary(String spec, int percent, OdiBand band) {
        List<Integer> sections = sections(spec);
        int answered = (int) sections.stream().filter(java.util.Objects::nonNull).count();
        assertEquals(new OswestryScore(percent, band, answered), OswestryScore.of(sections));
    }

    @ParameterizedTest(name = "[{0}] -> {1} answered, scored {2}")
    @CsvSource(delimiter = '|', value = {
            "5 5 5 5 5 5 5 5 - - | 8  | true",
            "5 5 5 5 5 5 5 - - - | 7  | false",   // one fewer: no score, only the count
            "1 0 0 - - - - - - - | 3  | false",
            "- - - - - - - - - - | 0  | false",   // the form opened and nothing answered
            "0 0 0 0 0 0 0 0 0 0 | 10 | true",
    })
    void scoredOnlyWithAtLeastEightSectionsAnswered(String spec, int answered, boolean scored) {
        OswestryScore score = OswestryScore.of(sections(spec));
        assertEquals(answered, score.sectionsAnswered());
        assertEquals(scored, score.isScored());
        assertEquals(scored, score.percent() != null);
        assertEquals(scored, score.band() != null);
    }

    @ParameterizedTest(name = "[{0}] -> {1}%")
    @CsvSource(delimiter = '|', value = {
            "1 0 0 0 0 0 0 0 - - | 3  ",  // 1/40  = 2.5   -> 3 (half up, not half even)
            "3 0 0 0 0 0 0 0 - - | 8  ",  // 3/40  = 7.5   -> 8
            "5 0 0 0 0 0 0 0 - - | 13 ",  // 5/40  = 12.5  -> 13 (half even would give 12)
            "5 5 5 2 0 0 0 0 - - | 43 ",  // 17/40 = 42.5  -> 43
            "1 0 0 0 0 0 0 0 0 - | 2  ",  // 1/45  = 2.22  -> 2
            "3 0 0 0 0 0 0 0 0 - | 7  ",  // 3/45  = 6.67  -> 7
    })
    void roundsToTheNearestWholePercentHalfUp(String spec, int percent) {
        assertEquals(percent, OswestryScore.of(sections(spec)).percent());
    }

    @ParameterizedTest(name = "{0}% -> {1}")
    @CsvSource({
            "0,   MINIMAL",
            "20,  MINIMAL",
            "21,  MODERATE",
            "40,  MODERATE",
            "41,  SEVERE",
            "60,  SEVERE",
            "61,  CRIPPLED",
            "80,  CRIPPLED",
            "81,  BED_BOUND",
            "100, BED_BOUND",
    })
    void bandsChangeExactlyAtTheCutOffs(int percent, OdiBand band) {
        assertEquals(band, OdiBand.forPercent(percent));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void bandRejectsPercentOutOfRange(int percent) {
        assertThrows(IllegalArgumentException.class, () -> OdiBand.forPercent(percent));
    }

    @ParameterizedTest(name = "[{0}] rejected")
    @ValueSource(strings = {
            "6 0 0 0 0 0 0 0 0 0",      // above 5
            "0 0 0 0 0 0 0 0 0 -1",     // below 0
            "1 1 1 1 1 1 1 1 1",        // 9 sections
            "1 1 1 1 1 1 1 1 1 1 1",    // 11 sections
    })
    void rejectsInvalidQuestionnaires(String spec) {
        InvalidScreeningAnswerException e = assertThrows(InvalidScreeningAnswerException.class,
                () -> OswestryScore.of(sections(spec)));
        assertEquals("odi", e.field());
    }

    @Test
    void aScoreAndItsCountAgree() {
        assertThrows(IllegalArgumentException.class, () -> new OswestryScore(40, OdiBand.MODERATE, 7));
        assertThrows(IllegalArgumentException.class, () -> new OswestryScore(null, null, 8));
        assertThrows(IllegalArgumentException.class, () -> new OswestryScore(40, null, 9));
    }

    @Test
    void rejectsNullList() {
        assertThrows(IllegalArgumentException.class, () -> OswestryScore.of(null));
    }
}
