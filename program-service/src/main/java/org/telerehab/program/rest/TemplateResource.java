package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.telerehab.events.codes.Region;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.PlanTemplate;
import org.telerehab.program.repository.PlanTemplateRepository;

import java.util.List;
import java.util.UUID;

@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    public record TemplateDto(UUID id, String name, Region region, String description, int sessionsPerWeek,
                              Integer microBreakEveryMinutes, List<CarePlan.HabitCue> habitCues,
                              List<PlanTemplate.Item> items) {
    }

    private final PlanTemplateRepository templates;

    TemplateResource(PlanTemplateRepository templates) {
        this.templates = templates;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    public List<TemplateDto> list() {
        return templates.listAll().stream()
                .sorted(java.util.Comparator.comparing((PlanTemplate t) -> t.region).thenComparing(t -> t.name))
                .map(t -> new TemplateDto(t.id, t.name, t.region, t.description, t.sessionsPerWeek,
                        t.microBreakEveryMinutes, t.habitCues, t.items))
                .toList();
    }
}
