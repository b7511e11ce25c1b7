package org.telerehab.intake.rest;

import org.telerehab.events.clinical.ReassessmentSchedule;

import java.time.LocalDate;

/** What is due: the plan's week and its first day, both {@code null} when nothing is. */
public record ReassessmentDueResponse(Integer week, LocalDate dueFrom) {

    static ReassessmentDueResponse of(ReassessmentSchedule.Due due) {
        return due == null ? new ReassessmentDueResponse(null, null)
                : new ReassessmentDueResponse(due.week(), due.dueFrom());
    }
}
