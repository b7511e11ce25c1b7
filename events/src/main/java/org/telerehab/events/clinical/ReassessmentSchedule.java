package org.telerehab.events.clinical;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a re-assessment (NPRS, STarT Back, ODI) is due (DOMAIN.md, outcomes over time): in weeks 2, 6 and 12 of a plan
 * unless the plan names its own weeks. program-service keeps each plan's weeks; intake-service says what is due.
 *
 * <p>Week N of a plan is the 7 days from {@code startDate + 7(N-1)}: week 1 starts on the start date, week 2 on day
 * 7. A week's re-assessment is due from the first day of that week until the next scheduled week begins, and is done
 * by any re-assessment submitted on or after that first day; one not done by then is missed, never piled up.
 */
public final class ReassessmentSchedule {

    /** Weeks 2, 6 and 12 (DOMAIN.md). */
    public static final List<Integer> DEFAULT_WEEKS = List.of(2, 6, 12);
    /** The latest week a plan may name (a year). */
    public static final int LAST_WEEK = 52;

    /**
     * What is due.
     *
     * @param week    the plan's week
     * @param dueFrom its first day
     */
    public record Due(int week, LocalDate dueFrom) {
    }

    private ReassessmentSchedule() {
    }

    /** A plan's weeks in order, each once; the default weeks when the plan names none. */
    public static List<Integer> weeksOf(Collection<Integer> planWeeks) {
        if (planWeeks == null || planWeeks.isEmpty()) {
            return DEFAULT_WEEKS;
        }
        for (Integer week : planWeeks) {
            if (week == null || week < 1 || week > LAST_WEEK) {
                throw new IllegalArgumentException("a re-assessment week is 1-" + LAST_WEEK + ", got " + week);
            }
        }
        return List.copyOf(new TreeSet<>(planWeeks));
    }

    /** The first day of a plan's week. */
    public static LocalDate weekStart(LocalDate planStart, int week) {
        return planStart.plusDays(7L * (week - 1));
    }

    /**
     * The re-assessment due today, if any: the latest scheduled week that has begun, unless a re-assessment was
     * submitted since its first day.
     *
     * @param planStart    the active plan's start date (the patient's day)
     * @param weeks        the plan's weeks ({@link #weeksOf})
     * @param today        the patient's today
     * @param lastDoneDay  the patient's day of their latest re-assessment, null when none
     */
    public static Optional<Due> dueOn(LocalDate planStart, List<Integer> weeks, LocalDate today,
                                      LocalDate lastDoneDay) {
        if (planStart == null || weeks == null || today == null) {
            throw new IllegalArgumentException("planStart, weeks and today must be given");
        }
        Due current = null;
        for (int week : weeksOf(weeks)) {
            LocalDate from = weekStart(planStart, week);
            if (!from.isAfter(today)) {
                current = new Due(week, from);
            }
        }
        if (current == null || (lastDoneDay != null && !lastDoneDay.isBefore(current.dueFrom()))) {
            return Optional.empty();
        }
        return Optional.of(current);
    }
}
