package org.telerehab.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.clinical.ReassessmentSchedule;
import org.telerehab.events.clinical.WeeklySessions;

/**
 * What the service knows of one patient from events, all {@link ReminderPlanner} needs to plan their reminders.
 *
 * @param days                    the patient's days (their zone; {@link PatientDays#UTC} while unknown)
 * @param preferences             how they want to be reminded
 * @param plan                    their active plan, or null when they have none
 * @param paused                  whether the active plan is paused (an emergency red flag): no reminders at all
 * @param lastActivity            their latest session or check-in, or null when they never logged one
 * @param reassessmentsCompleted  the instants of their completed re-assessments, in any order
 */
public record PatientSchedule(PatientDays days, NotificationPreferences preferences, ActivePlan plan, boolean paused,
                              Instant lastActivity, List<Instant> reassessmentsCompleted) {

    /**
     * The patient's active plan.
     *
     * @param planId                 the plan
     * @param startDate              its first day (the patient's day)
     * @param sessionsPerWeek        1-21 ({@link WeeklySessions})
     * @param microBreakEveryMinutes the rhythm of micro-breaks in work hours, or null when the plan has none
     * @param reassessmentWeeks      its re-assessment weeks, null or empty for the default 2, 6 and 12
     * @param assignedAt             when it was assigned (the 48-hour nudge counts from it until something is logged)
     */
    public record ActivePlan(UUID planId, LocalDate startDate, int sessionsPerWeek, Integer microBreakEveryMinutes,
                             List<Integer> reassessmentWeeks, Instant assignedAt) {

        public ActivePlan {
            if (planId == null || startDate == null || assignedAt == null) {
                throw new IllegalArgumentException("planId, startDate and assignedAt must be given");
            }
            new WeeklySessions(sessionsPerWeek); // refuses what WeeklySessions cannot spread (1-21 a week)
            if (microBreakEveryMinutes != null && microBreakEveryMinutes < 1) {
                throw new IllegalArgumentException("microBreakEveryMinutes must be positive, was "
                        + microBreakEveryMinutes);
            }
            reassessmentWeeks = ReassessmentSchedule.weeksOf(reassessmentWeeks);
        }
    }

    public PatientSchedule {
        if (days == null || preferences == null) {
            throw new IllegalArgumentException("days and preferences must be given");
        }
        reassessmentsCompleted = reassessmentsCompleted == null ? List.of() : List.copyOf(reassessmentsCompleted);
    }

    /** Whether reminders are planned at all: a plan that is running. */
    public boolean planRunning() {
        return plan != null && !paused;
    }
}
