package org.telerehab.progress.domain;

import org.telerehab.events.clinical.PatientDays;

import java.time.LocalDate;

/**
 * Input of the DISENGAGED rule.
 *
 * @param today           the patient's current day ({@link PatientDays#today})
 * @param planStartDate   the ACTIVE plan's startDate; {@code null} when the patient has no active plan
 *                        (none yet, or PAUSED), which never raises DISENGAGED
 * @param sessionsPerWeek the active plan's rhythm (at least 1); {@code null} exactly when planStartDate is
 * @param lastSessionDay  the patient's day of the latest session logged (any plan), {@code null} when none
 */
public record EngagementFacts(LocalDate today, LocalDate planStartDate, Integer sessionsPerWeek,
        LocalDate lastSessionDay) {

    public EngagementFacts {
        if (today == null) {
            throw new IllegalArgumentException("today must not be null");
        }
        if ((planStartDate == null) != (sessionsPerWeek == null)) {
            throw new IllegalArgumentException("planStartDate and sessionsPerWeek describe the active plan: give both"
                    + " or neither");
        }
    }
}
