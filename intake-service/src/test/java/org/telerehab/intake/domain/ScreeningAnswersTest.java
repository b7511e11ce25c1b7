package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telerehab.intake.domain.AnswersBuilder.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

class ScreeningAnswersTest {

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                invalid("painRegions", "empty", a -> a.painRegions = List.of()),
                invalid("painRegions", "null", a -> a.painRegions = null),
                invalid("painRegions", "null element", a -> a.painRegions = Arrays.asList(Region.NECK, null)),
                invalid("painNow", "-1", a -> a.painNow = -1),
                invalid("painNow", "11", a -> a.painNow = 11),
                invalid("painAverageWeek", "-1", a -> a.painAverageWeek = -1),
                invalid("painAverageWeek", "11", a -> a.painAverageWeek = 11),
                invalid("symptomWeeks", "-1", a -> a.symptomWeeks = -1),
                invalid("redFlags", "null", a -> a.redFlags = null),
                invalid("redFlags", "null element", a -> a.redFlags = Arrays.asList(RedFlag.FEVER, null)),
                invalid("startBack.items", "7 items", a -> a.startBackItems = StartBackScoreTest.items("0000000")),
                invalid("startBack.items", "9 items", a -> a.startBackItems = StartBackScoreTest.items("000000000")),
                invalid("startBack.items", "null", a -> a.startBackItems = null),
                invalid("startBack.bothersomeness", "null", a -> a.bothersomeness = null),
                invalid("odi", "9 sections", a -> a.odi = OswestryScoreTest.sections("1 1 1 1 1 1 1 1 1")),
                invalid("odi", "a 6", a -> a.odi = OswestryScoreTest.sections("6 1 1 1 1 1 1 1 1 1")));
    }

    static Arguments invalid(String field, String what, Consumer<AnswersBuilder> change) {
        return Arguments.of(field, what, change);
    }

    @ParameterizedTest(name = "{0} {1} rejected")
    @MethodSource("invalidAnswers")
    void rejectsOutOfRangeAnswersNamingTheField(String field, String what, Consumer<AnswersBuilder> change) {
        AnswersBuilder builder = answers();
        change.accept(builder);
        InvalidScreeningAnswerException e = assertThrows(InvalidScreeningAnswerException.class, builder::build);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + " ") || e.getMessage().startsWith(field + "["),
                () -> "message should name the field: " + e.getMessage());
    }

    @Test
    void painMessageSaysTheRange() {
        AnswersBuilder builder = answers();
        builder.painNow = 12;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("painNow must be between 0 and 10"), e.getMessage());
    }

    @ParameterizedTest(name = "painNow {0}, painAverageWeek {1}, weeks {2} accepted")
    @CsvSource({"0, 0, 0", "10, 10, 500", "3, 7, 12"})
    void acceptsTheEdgesOfEachRange(int painNow, int painAverageWeek, int weeks) {
        AnswersBuilder builder = answers();
        builder.painNow = painNow;
        builder.painAverageWeek = painAverageWeek;
        builder.symptomWeeks = weeks;
        ScreeningAnswers built = assertDoesNotThrow(builder::build);
        assertEquals(painNow, built.painNow());
        assertEquals(weeks, built.symptomWeeks());
    }

    @Test
    void odiAndWakeTimeAreOptional() {
        AnswersBuilder builder = answers();
        builder.odi = null;
        builder.wakeTime = null;
        ScreeningAnswers built = builder.build();
        assertNull(built.odi());
        assertNull(built.wakeTime());
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<Region> regions = new ArrayList<>(List.of(Region.NECK));
        List<Integer> odi = OswestryScoreTest.sections("1 - 1 1 1 1 1 1 1 1");
        AnswersBuilder builder = answers();
        builder.painRegions = regions;
        builder.odi = odi;
        ScreeningAnswers built = builder.build();
        regions.clear();
        odi.set(0, 5);
        assertEquals(List.of(Region.NECK), built.painRegions());
        assertEquals(1, built.odi().get(0));
        assertNull(built.odi().get(1), "a skipped section stays skipped");
        assertThrows(UnsupportedOperationException.class, () -> built.odi().set(0, 2));
    }
}
