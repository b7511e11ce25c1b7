package org.telerehab.intake.domain;

/** STarT Back item 9: how bothersome the back pain has been over the last 2 weeks. */
public enum Bothersomeness {
    NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH, EXTREMELY;

    /** Keele's scoring: only the two top answers count as a positive item. */
    public int score() {
        return this == VERY_MUCH || this == EXTREMELY ? 1 : 0;
    }
}
