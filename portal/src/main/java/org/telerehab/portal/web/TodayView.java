package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * The patient's home: what is due today and how the week is going, in the patient's own days.
 *
 * @param date             today, in words ("Sunday 6 December")
 * @param plan             whether the patient has a plan to follow today
 * @param sessionsDue      sessions still due today (0 when done, paused or without a plan)
 * @param exercises        today's session: each exercise with its dose
 * @param checkInDone      whether today's check-in is in; null when progress-service did not answer
 * @param sessionsToday    sessions logged today
 * @param reassessmentWeek the plan week whose re-assessment is due, or null
 * @param week             the week so far; null when it cannot be read
 * @param unavailable      what could not be read just now, in words
 */
@TemplateData
public record TodayView(String date, PlanState plan, int sessionsDue, List<Exercise> exercises, Boolean checkInDone,
                        int sessionsToday, Object reassessmentWeek, Week week, List<String> unavailable) {

    /** What could not be read, as one phrase in the page's language ("your plan, what you logged this week"). */
    public String unavailableWords() {
        return String.join(", ", unavailable);
    }

    public enum PlanState {
        /** no plan yet: the therapist builds one after the screening */
        NONE,
        /** a plan to follow */
        ACTIVE,
        /** paused, or a red-flag report open (or unreadable): no exercise until a clinician acts */
        ON_HOLD,
        /** program-service did not answer */
        UNKNOWN
    }

    /** One exercise of today's session and its dose (a hold of 0: none); {@code lang}: the language of its name. */
    @TemplateData
    public record Exercise(String name, Integer sets, Integer reps, Integer holdSeconds, String lang) {
    }

    /**
     * Monday to Sunday of the patient's week.
     *
     * @param done   sessions logged this week
     * @param target sessions the plan asks for this week
     */
    @TemplateData
    public record Week(int done, int target, List<Day> days) {
    }

    /**
     * @param name      the day's name ("Monday"), in the page's language
     * @param shortName its short form ("Mon")
     * @param sessions sessions logged that day
     * @param checkIn  whether a check-in is in for that day
     * @param today    whether it is today
     * @param future   whether it is still to come
     */
    @TemplateData
    public record Day(String name, String shortName, int sessions, boolean checkIn, boolean today, boolean future) {
    }

    /** Nothing due today and nothing logged: a 3-a-week plan's day off. */
    public boolean restDay() {
        return plan == PlanState.ACTIVE && sessionsDue == 0 && sessionsToday == 0;
    }
}
