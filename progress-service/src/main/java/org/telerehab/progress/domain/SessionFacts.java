package org.telerehab.progress.domain;

import org.telerehab.events.clinical.PatientDays;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the alert rules need of one logged session.
 *
 * @param day                the patient's day of performedAt (see {@link PatientDays#dayOf})
 * @param painBefore         0-10, a pain reading
 * @param painAfter          0-10, recorded but not a pain reading (neither averaged nor a FLARE)
 * @param perceivedIntensity 0-10
 */
public record SessionFacts(LocalDate day, int painBefore, int painAfter, int perceivedIntensity) {

    public SessionFacts {
        if (day == null) {
            throw new IllegalArgumentException("session day must not be null");
        }
        PainReading.requireScale("painBefore", painBefore);
        PainReading.requireScale("painAfter", painAfter);
        PainReading.requireScale("perceivedIntensity", perceivedIntensity);
    }

    public static SessionFacts of(PatientDays days, Instant performedAt, int painBefore, int painAfter,
                                  int perceivedIntensity) {
        return new SessionFacts(days.dayOf(performedAt), painBefore, painAfter, perceivedIntensity);
    }

    /** The session's only pain reading: painBefore. */
    public PainReading painReading() {
        return PainReading.beforeSession(day, painBefore);
    }
}
