package org.telerehab.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * program-service: a new plan version became the patient's active plan, superseding any earlier one.
 * {@code reassessmentWeeks} (added in 1.1): the plan's weeks in which a re-assessment is due, e.g. {@code [2, 6, 12]};
 * null in events from before it, which means the default weeks. {@code microBreakEveryMinutes} (added in 1.1): the
 * plan's rhythm of micro-breaks while working (15-480 minutes), null when the plan has none or in older events.
 */
@EventType(PlanAssigned.TYPE)
public record PlanAssigned(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID planId,
        int version,
        UUID therapistId,
        LocalDate startDate,
        int sessionsPerWeek,
        List<Item> items,
        List<Integer> reassessmentWeeks,
        Integer microBreakEveryMinutes) implements PatientEvent {

    public static final String TYPE = "PlanAssigned";

    public record Item(
            UUID exerciseId,
            int exerciseVersion,
            int sets,
            int reps,
            int holdSeconds,
            int intensityCap,
            Integer notWithinMinutesOfWaking) {
    }

    @Override
    public String topic() {
        return Topics.PROGRAM_CARE;
    }
}
