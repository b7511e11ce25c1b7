package org.telerehab.intake.domain;

import java.util.List;

/** Oswestry Disability Index result: percent 0-100 (rounded, half up) and its band. */
public record OswestryScore(int percent, OdiBand band) {

    public static final int SECTIONS = 10;
    public static final int MAX_SECTION_SCORE = 5;

    public OswestryScore {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("odi percent must be between 0 and 100");
        }
        if (band == null) {
            throw new IllegalArgumentException("odi band must not be null");
        }
    }

    /**
     * Scores the questionnaire: percent = sum / (5 x sections answered) x 100. Skipped sections
     * shrink the denominator rather than counting as 0, so skipping does not lower the score.
     *
     * @param sections exactly 10 entries, each 0-5, or {@code null} for a skipped section
     */
    public static OswestryScore of(List<Integer> sections) {
        validate(sections);
        int sum = 0;
        int answered = 0;
        for (Integer section : sections) {
            if (section != null) {
                sum += section;
                answered++;
            }
        }
        // 100 * sum / (5 * answered) = 20 * sum / answered; rounded half up in integers, so that
        // e.g. 2.5 % becomes 3 with no floating-point surprise.
        int percent = (40 * sum + answered) / (2 * answered);
        return new OswestryScore(percent, OdiBand.forPercent(percent));
    }

    /** Shared with {@link ScreeningAnswers}, so both reject the same answers with the same message. */
    static void validate(List<Integer> sections) {
        if (sections == null || sections.size() != SECTIONS) {
            throw new InvalidScreeningAnswerException("odi",
                    "odi must contain exactly 10 sections, got " + (sections == null ? "none" : sections.size()));
        }
        boolean anyAnswered = false;
        for (int i = 0; i < sections.size(); i++) {
            Integer section = sections.get(i);
            if (section == null) {
                continue;
            }
            if (section < 0 || section > MAX_SECTION_SCORE) {
                throw new InvalidScreeningAnswerException("odi",
                        "odi[" + i + "] must be between 0 and 5, or null when skipped; got " + section);
            }
            anyAnswered = true;
        }
        if (!anyAnswered) {
            throw new InvalidScreeningAnswerException("odi",
                    "odi needs at least one answered section (send null to skip the whole questionnaire)");
        }
    }
}
