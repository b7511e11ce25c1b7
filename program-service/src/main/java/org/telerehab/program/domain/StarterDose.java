package org.telerehab.program.domain;

import java.util.List;

/**
 * How much a starter template prescribes. The sources start daily, at least once, with about 15 minutes (S8), at an
 * effort of 6-7 out of 10 and never 8 or more (S7); later progressions wait until the basics plateau (S11).
 * A session's length is estimated from its dose: each repetition takes its hold plus about
 * {@value #SECONDS_PER_REP} s of movement, sets are {@value #REST_BETWEEN_SETS} s apart and moving on to the next
 * exercise takes {@value #CHANGE_OVER} s.
 */
public final class StarterDose {

    public static final int SESSIONS_PER_WEEK = 7;
    /** "Start with 15 minutes": a starter session lies within these bounds. */
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 18;
    public static final int MAX_INTENSITY_CAP = 7;

    static final int SECONDS_PER_REP = 3;
    static final int REST_BETWEEN_SETS = 20;
    static final int CHANGE_OVER = 30;

    private StarterDose() {
    }

    /** The estimated length of one session of these items, in whole minutes (rounded to the nearest). */
    public static int estimatedMinutes(List<PlanTemplate.Item> items) {
        long seconds = 0;
        for (PlanTemplate.Item item : items) {
            long perSet = (long) item.reps() * (item.holdSeconds() + SECONDS_PER_REP);
            seconds += item.sets() * perSet + (long) (item.sets() - 1) * REST_BETWEEN_SETS + CHANGE_OVER;
        }
        return (int) ((seconds + 30) / 60);
    }
}
