package org.telerehab.progress.domain;

import java.time.LocalDate;

/**
 * A pain reading in the contract's sense: a check-in's pain or a session's {@code painBefore}
 * (NPRS 0-10). A session's {@code painAfter} is deliberately not a reading (the contract names
 * only the two sources above), so it neither enters the averages nor raises a FLARE.
 *
 * @param day    the patient's day of the reading (check-in date, or the session's performedAt day)
 * @param pain   0-10
 * @param source where the reading came from
 */
public record PainReading(LocalDate day, int pain, Source source) {

    public static final int MAX_PAIN = 10;

    public enum Source {
        CHECK_IN,
        SESSION_PAIN_BEFORE
    }

    public PainReading {
        if (day == null) {
            throw new IllegalArgumentException("reading day must not be null");
        }
        requireScale("pain", pain);
        if (source == null) {
            throw new IllegalArgumentException("reading source must not be null");
        }
    }

    public static PainReading checkIn(LocalDate day, int pain) {
        return new PainReading(day, pain, Source.CHECK_IN);
    }

    public static PainReading beforeSession(LocalDate day, int painBefore) {
        return new PainReading(day, painBefore, Source.SESSION_PAIN_BEFORE);
    }

    /** 0-10 scales (pain, perceived intensity); shared by the records of this package. */
    static int requireScale(String field, int value) {
        if (value < 0 || value > MAX_PAIN) {
            throw new IllegalArgumentException(field + " must be between 0 and 10, got " + value);
        }
        return value;
    }

    /** The same check for a figure that may be unknown yet ({@code null}). */
    static void requireScaleIfKnown(String field, Integer value) {
        if (value != null) {
            requireScale(field, value);
        }
    }
}
