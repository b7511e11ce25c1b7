package org.telerehab.intake.domain;

import java.util.List;

/**
 * Oswestry Disability Index result: percent 0-100 (rounded, half up) and its band, or neither when too few sections
 * were answered to make a score.
 *
 * @param percent          null when fewer than {@link #MIN_SECTIONS_FOR_SCORE} sections were answered
 * @param band             null likewise
 * @param sectionsAnswered how many of the 10 sections the patient answered
 */
public record OswestryScore(Integer percent, OdiBand band, int sectionsAnswered) {

    public static final int SECTIONS = 10;
    public static final int MAX_SECTION_SCORE = 5;
    /**
     * Fairbank and Pynsent adjust the denominator for a missed section; a nearly empty form is not a score (the first
     * clinical review): at least 8 of the 10 sections.
     */
    public static final int MIN_SECTIONS_FOR_SCORE = 8;

    public OswestryScore {
        if (sectionsAnswered < 0 || sectionsAnswered > SECTIONS) {
            throw new IllegalArgumentException("odi sectionsAnswered must be between 0 and 10");
        }
        if ((percent == null) != (band == null)) {
            throw new IllegalArgumentException("odi percent and band are both given or both absent");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("odi percent must be between 0 and 100");
        }
        if ((percent != null) != (sectionsAnswered >= MIN_SECTIONS_FOR_SCORE)) {
            throw new IllegalArgumentException("odi is scored exactly when at least " + MIN_SECTIONS_FOR_SCORE
                    + " sections are answered");
        }
    }

    public boolean isScored() {
        return percent != null;
    }

    /**
     * Scores the questionnaire: percent = sum / (5 x sections answered) x 100. Skipped sections
     * shrink the denominator rather than counting as 0, so skipping does not lower the score; with
     * fewer than 8 sections answered there is no score, only the count.
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
        if (answered < MIN_SECTIONS_FOR_SCORE) {
            return new OswestryScore(null, null, answered);
        }
        // 100 * sum / (5 * answered) = 20 * sum / answered; rounded half up in integers, so that
        // e.g. 2.5 % becomes 3 with no floating-point surprise.
        int percent = (40 * sum + answered) / (2 * answered);
        return new OswestryScore(percent, OdiBand.forPercent(percent), answered);
    }

    /** Shared with {@link ScreeningAnswers}, so both reject the same answers with the same message. */
    static void validate(List<Integer> sections) {
        if (sections == null || sections.size() != SECTIONS) {
            throw new InvalidScreeningAnswerException("odi",
                    "odi must contain exactly 10 sections, got " + (sections == null ? "none" : sections.size()));
        }
        for (int i = 0; i < sections.size(); i++) {
            Integer section = sections.get(i);
            if (section == null) {
                continue;
            }
            if (section < 0 || section > MAX_SECTION_SCORE) {
                throw new InvalidScreeningAnswerException("odi",
                        "odi[" + i + "] must be between 0 and 5, or null when skipped; got " + section);
            }
        }
    }
}
