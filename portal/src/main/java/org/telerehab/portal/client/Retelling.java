package org.telerehab.portal.client;

/**
 * A page's own words for a service's refusal (or for a problem the page finds itself): a title and, when the page
 * says more than the service did, a detail. Codes, not text: the words are {@code ProblemWords}' in the user's
 * language ({@code title_$NAME}, {@code detail_$NAME}), so a page retells a problem without knowing the language.
 *
 * @param title  the heading
 * @param detail what to do; null to show the service's own detail (in English, under a heading saying so)
 */
@io.quarkus.qute.TemplateData
public record Retelling(Title title, Detail detail) {

    /** The headings pages give a refusal. */
    public enum Title {
        NOT_DISCHARGED,
        ALREADY_DISCHARGED,
        NOT_HANDED_OVER,
        RED_FLAGS_NOT_CLEARED,
        SAFETY_WARNINGS,
        NOTHING_TO_CLEAR,
        CLEARANCE_NOT_RECORDED,
        ACCOUNT_NOT_CLOSED,
        INVITATION_NOT_SENT,
        PROFILE_NOT_SAVED,
        NO_PROFILE,
        EXERCISE_NOT_SAVED,
        TRANSLATION_NOT_SAVED,
        TRANSLATION_NOT_READ,
        FILE_TOO_LARGE,
        FILE_NOT_USABLE,
        CAPTION_TOO_LONG,
        NO_FILE
    }

    /** What a page says to do about a refusal. */
    public enum Detail {
        DISCHARGE_RED_FLAG_OPEN,
        DISCHARGE_NO_EPISODE,
        DISCHARGE_REASON,
        HAND_OVER_CHOOSE,
        HAND_OVER_FROM_LIST,
        PLAN_RED_FLAG_OPEN,
        PLAN_REVIEW_WARNINGS,
        NOTHING_TO_CLEAR_NEVER_REPORTED,
        CLEARANCE_NOTE,
        CLOSE_TICK_THE_BOX,
        ACCOUNTS_UNREACHABLE,
        EMAIL_TAKEN,
        INVITATION_UNREACHABLE,
        INVITATION_CORRECT_FIELDS,
        PROFILE_CORRECT_FIELDS,
        NO_PROFILE_ASK_THERAPIST,
        CORRECT_FIELDS_AND_SAVE,
        TRANSLATION_FORM_EMPTY,
        FILE_SIZE_LIMITS,
        FILE_TYPES,
        CAPTION_LIMIT,
        CHOOSE_A_FILE
    }
}
