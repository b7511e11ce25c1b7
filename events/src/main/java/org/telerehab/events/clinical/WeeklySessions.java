package org.telerehab.events.clinical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * When the sessions of a plan of N sessions a week are due: spread evenly over the patient's Monday-to-Sunday week,
 * so that 3 a week asks on Monday, Wednesday and Friday and 7 a week every day. By the end of day d of the week
 * (counted from its Monday, or from the plan's start when that is later) ceil(N x d / 7) sessions are expected. A day
 * behind is caught up by at most one day's share (ceil(N / 7)), so a missed week is never piled onto its Sunday. The
 * portal's "today" asks with it; days are the patient's own ({@link PatientDays}).
 *
 * @param perWeek the plan's sessions a week, 1-21
 */
public record WeeklySessions(int perWeek) {

    public WeeklySessions {
        if (perWeek < 1 || perWeek > 21) {
            throw new IllegalArgumentException("perWeek must be 1-21, was " + perWeek);
        }
    }

    /** The Monday of the week that holds {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Sessions expected in the week of {@code day} by the end of that day; none before the plan starts. */
    public int expectedBy(LocalDate day, LocalDate planStart) {
        LocalDate monday = weekOf(day);
        LocalDate from = planStart.isAfter(monday) ? planStart : monday;
        if (day.isBefore(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, day) + 1;
        return (int) ((perWeek * days + 6) / 7);
    }

    /** Sessions the week of {@code day} asks for in all (fewer in the week the plan starts on a later day). */
    public int weekTarget(LocalDate day, LocalDate planStart) {
        return expectedBy(weekOf(day).plusDays(6), planStart);
    }

    /** Most sessions one day asks for. */
    public int dailyShare() {
        return (perWeek + 6) / 7;
    }

    /**
     * Sessions still due on {@code today}.
     *
     * @param loggedThisWeek sessions on the week's days up to and including today
     * @param loggedToday    of those, sessions on today
     */
    public int dueOn(LocalDate today, LocalDate planStart, int loggedThisWeek, int loggedToday) {
        int behind = expectedBy(today, planStart) - loggedThisWeek;
        return Math.max(0, Math.min(dailyShare() - loggedToday, behind));
    }
}
