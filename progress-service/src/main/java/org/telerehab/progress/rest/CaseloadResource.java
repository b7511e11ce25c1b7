package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.ProgressService;

import java.util.List;

@Path("/api/caseload")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    private final ProgressService progress;
    private final CurrentUser currentUser;

    CaseloadResource(ProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Each patient in the caller's care, with a progress summary")
    public List<ProgressDto> caseload() {
        return progress.caseloadOf(currentUser.id()).stream().map(ProgressDto::of).toList();
    }
}
