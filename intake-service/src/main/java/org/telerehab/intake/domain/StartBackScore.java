package org.telerehab.intake.domain;

import java.util.List;

import org.telerehab.events.codes.RiskLevel;

/**
 * STarT Back Screening Tool result (Keele University): total 0-9, psychosocial subscale 0-5
 * (items 5-9) and the risk stratum they give.
 */
public record StartBackScore(int total, int psychosocial, RiskLevel risk) {

    /** Items 1-8 are agree/disagree; item 9 (bothersomeness) is asked separately. */
    public static final int AGREE_DISAGREE_ITEMS = 8;

    /** Items 5-8 (zero-based 4..7) belong to the psychosocial subscale, together with item 9. */
    private static final int FIRST_PSYCHOSOCIAL_INDEX = 4;

    public StartBackScore {
        if (total < 0 || total > 9) {
            throw new IllegalArgumentException("startBack total must be between 0 and 9");
        }
        if (psychosocial < 0 || psychosocial > 5 || psychosocial > total) {
            throw new IllegalArgumentException("startBack psychosocial must be between 0 and 5 and not above the total");
        }
        if (risk == null) {
            throw new IllegalArgumentException("startBack risk must not be null");
        }
    }

    /**
     * Scores the questionnaire.
     *
     * @param items         items 1-8 in order, {@code true} = agree (scores 1)
     * @param bothersomeness item 9
     */
    public static StartBackScore of(List<Boolean> items, Bothersomeness bothersomeness) {
        validate(items, bothersomeness);
        int total = 0;
        int psychosocial = 0;
        for (int i = 0; i < AGREE_DISAGREE_ITEMS; i++) {
            if (items.get(i)) {
                total++;
                if (i >= FIRST_PSYCHOSOCIAL_INDEX) {
                    psychosocial++;
                }
            }
        }
        total += bothersomeness.score();
        psychosocial += bothersomeness.score();
        return new StartBackScore(total, psychosocial, riskFor(total, psychosocial));
    }

    /** High when the subscale is 4+, whatever the total; otherwise the total decides. */
    public static RiskLevel riskFor(int total, int psychosocial) {
        if (psychosocial >= 4) {
            return RiskLevel.HIGH;
        }
        return total >= 4 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /** Shared with {@link ScreeningAnswers}, so both reject the same answers with the same message. */
    static void validate(List<Boolean> items, Bothersomeness bothersomeness) {
        if (items == null || items.size() != AGREE_DISAGREE_ITEMS) {
            throw new InvalidScreeningAnswerException("startBack.items",
                    "startBack.items must contain exactly 8 answers, got " + (items == null ? "none" : items.size()));
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidScreeningAnswerException("startBack.items",
                        "startBack.items[" + i + "] must be true or false");
            }
        }
        if (bothersomeness == null) {
            throw new InvalidScreeningAnswerException("startBack.bothersomeness",
                    "startBack.bothersomeness must be given");
        }
    }
}
