package org.telerehab.intake.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A patient's re-assessment answers, as sent to {@code POST /api/reassessments}: the measures of a screening that are
 * followed over an episode (NPRS, STarT Back, Oswestry), without the triage questions. The constructor is the last
 * guard behind the REST validation, as for {@link ScreeningAnswers}.
 *
 * @param painNow         NPRS 0-10
 * @param painAverageWeek NPRS 0-10, the week's average: the measure compared with the screening's baseline
 * @param startBackItems  STarT Back items 1-8, true = agree
 * @param bothersomeness  STarT Back item 9
 * @param odi             10 Oswestry sections (0-5, null = skipped), or null when not answered
 */
public record ReassessmentAnswers(
        int painNow,
        int painAverageWeek,
        List<Boolean> startBackItems,
        Bothersomeness bothersomeness,
        List<Integer> odi) {

    public ReassessmentAnswers {
        ScreeningAnswers.requirePainScore("painNow", painNow);
        ScreeningAnswers.requirePainScore("painAverageWeek", painAverageWeek);
        StartBackScore.validate(startBackItems, bothersomeness);
        if (odi != null) {
            OswestryScore.validate(odi);
        }
        startBackItems = List.copyOf(startBackItems);
        odi = odi == null ? null : Collections.unmodifiableList(new ArrayList<>(odi));
    }
}
