package org.telerehab.program.rest;

import org.telerehab.events.codes.Region;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.PlanTemplate;
import org.telerehab.program.domain.StarterDose;

import java.util.List;
import java.util.UUID;

/** A plan template as the contract shows it. */
public record TemplateDto(UUID id, String name, Region region, String description, int sessionsPerWeek,
                          Integer microBreakEveryMinutes, List<CarePlan.HabitCue> habitCues,
                          List<PlanTemplate.Item> items, int estimatedMinutes) {

    static TemplateDto of(PlanTemplate t) {
        return new TemplateDto(t.id, t.name, t.region, t.description, t.sessionsPerWeek, t.microBreakEveryMinutes,
                t.habitCues, t.items, StarterDose.estimatedMinutes(t.items));
    }
}
