package org.telerehab.intake.domain;

import java.time.LocalTime;
import java.util.List;

import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

/** Valid screening answers by default; each test changes only what it is about. */
final class AnswersBuilder {

    List<Region> painRegions = List.of(Region.LUMBAR);
    boolean radiatesBelowKnee = false;
    int painNow = 5;
    int painAverageWeek = 4;
    int symptomWeeks = 8;
    List<RedFlag> redFlags = List.of();
    List<Boolean> startBackItems = StartBackScoreTest.items("00000000");
    Bothersomeness bothersomeness = Bothersomeness.SLIGHTLY;
    List<Integer> odi = null;
    LocalTime wakeTime = LocalTime.of(7, 0);

    static AnswersBuilder answers() {
        return new AnswersBuilder();
    }

    ScreeningAnswers build() {
        return new ScreeningAnswers(painRegions, radiatesBelowKnee, painNow, painAverageWeek, symptomWeeks,
                redFlags, startBackItems, bothersomeness, odi, wakeTime);
    }
}
