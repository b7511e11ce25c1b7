package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.TemplateService;

import java.util.List;

@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final TemplateService templates;

    TemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Plan templates, at least one per region, by region then name")
    public List<TemplateDto> list() {
        return templates.all().stream().map(TemplateDto::of).toList();
    }
}
