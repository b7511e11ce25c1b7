package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.RedFlagService;

import java.util.List;

/** What the clinic's admins must act on: emergency red flags no clinician acted on in time. */
@Path("/api/red-flags/escalated")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final RedFlagService redFlags;

    EscalationResource(RedFlagService redFlags) {
        this.redFlags = redFlags;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open emergency red-flag reports escalated because nobody acted on them, oldest first")
    public List<RedFlagDto.Escalated> escalated() {
        return redFlags.openEscalated().stream().map(RedFlagDto.Escalated::of).toList();
    }
}
