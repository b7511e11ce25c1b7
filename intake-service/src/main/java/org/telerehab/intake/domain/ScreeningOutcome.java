package org.telerehab.intake.domain;

import java.util.List;

import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

/**
 * Everything the screening concludes, computed at once from the answers.
 *
 * @param odi null when the patient did not answer the Oswestry questionnaire
 */
public record ScreeningOutcome(
        Disposition disposition,
        List<Region> painTypes,
        Chronicity chronicity,
        int baselinePain,
        StartBackScore startBack,
        OswestryScore odi,
        List<RedFlag> redFlags,
        List<String> advice) {

    public ScreeningOutcome {
        painTypes = List.copyOf(painTypes);
        redFlags = List.copyOf(redFlags);
        advice = List.copyOf(advice);
    }

    public static ScreeningOutcome assess(ScreeningAnswers answers) {
        if (answers == null) {
            throw new IllegalArgumentException("answers must not be null");
        }
        Disposition disposition = Triage.disposition(answers.redFlags());
        return new ScreeningOutcome(
                disposition,
                Triage.painTypes(answers.painRegions(), answers.radiatesBelowKnee()),
                Triage.chronicity(answers.symptomWeeks()),
                // The week's average, not today's reading: one good or bad day must not set the baseline.
                answers.painAverageWeek(),
                StartBackScore.of(answers.startBackItems(), answers.bothersomeness()),
                answers.odi() == null ? null : OswestryScore.of(answers.odi()),
                Triage.distinctRedFlags(answers.redFlags()),
                PatientAdvice.forDisposition(disposition));
    }
}
