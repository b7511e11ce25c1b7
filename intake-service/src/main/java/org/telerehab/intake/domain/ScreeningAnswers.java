package org.telerehab.intake.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

/**
 * A patient's screening answers, as sent to {@code POST /api/screenings}. The constructor is the
 * last guard behind the REST validation: anything out of range throws an
 * {@link InvalidScreeningAnswerException} naming the field.
 *
 * @param painRegions       at least one region
 * @param radiatesBelowKnee whether the pain radiates below the knee
 * @param painNow           NPRS 0-10
 * @param painAverageWeek   NPRS 0-10, the average over the last week (becomes the baseline)
 * @param symptomWeeks      0 or more
 * @param redFlags          the red flags reported, empty when none (never null: absent is not "none")
 * @param startBackItems    STarT Back items 1-8, true = agree
 * @param bothersomeness    STarT Back item 9
 * @param odi               10 Oswestry sections (0-5, null = skipped), or null when not answered
 * @param wakeTime          usual wake time, or null when not given
 */
public record ScreeningAnswers(
        List<Region> painRegions,
        boolean radiatesBelowKnee,
        int painNow,
        int painAverageWeek,
        int symptomWeeks,
        List<RedFlag> redFlags,
        List<Boolean> startBackItems,
        Bothersomeness bothersomeness,
        List<Integer> odi,
        LocalTime wakeTime) {

    public ScreeningAnswers {
        Triage.requireNoNulls("painRegions", painRegions);
        if (painRegions.isEmpty()) {
            throw new InvalidScreeningAnswerException("painRegions", "painRegions must name at least one region");
        }
        requirePainScore("painNow", painNow);
        requirePainScore("painAverageWeek", painAverageWeek);
        if (symptomWeeks < 0) {
            throw new InvalidScreeningAnswerException("symptomWeeks",
                    "symptomWeeks must be 0 or more, got " + symptomWeeks);
        }
        Triage.requireNoNulls("redFlags", redFlags);
        StartBackScore.validate(startBackItems, bothersomeness);
        if (odi != null) {
            OswestryScore.validate(odi);
        }
        painRegions = List.copyOf(painRegions);
        redFlags = List.copyOf(redFlags);
        startBackItems = List.copyOf(startBackItems);
        // List.copyOf rejects nulls, and a skipped ODI section is a null.
        odi = odi == null ? null : Collections.unmodifiableList(new ArrayList<>(odi));
    }

    static void requirePainScore(String field, int value) {
        if (value < 0 || value > 10) {
            throw new InvalidScreeningAnswerException(field, field + " must be between 0 and 10, got " + value);
        }
    }
}
