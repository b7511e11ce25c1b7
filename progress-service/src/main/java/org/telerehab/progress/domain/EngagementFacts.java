package org.telerehab.progress.domain;

import java.time.LocalDate;

/**
 * Input of the DISENGAGED rule.
 *
 * @param today          the current UTC day
 * @param planStartDate  the ACTIVE plan's startDate; {@code null} when the patient has no active plan
 *                       (none yet, or PAUSED), which never raises DISENGAGED
 * @param lastSessionDay the UTC day of the latest session logged (any plan), {@code null} when none
 */
public record EngagementFacts(LocalDate today, LocalDate planStartDate, LocalDate lastSessionDay) {

    public EngagementFacts {
        if (today == null) {
            throw new IllegalArgumentException("today must not be null");
        }
    }
}
