package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.WorklistService;

import java.util.List;

@Path("/api/worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    private final WorklistService worklist;
    private final CurrentUser currentUser;

    WorklistResource(WorklistService worklist, CurrentUser currentUser) {
        this.worklist = worklist;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Screened patients in nobody's care and in the caller's care, most urgent first",
            description = "An OPEN emergency red-flag report, then an OPEN review report, then other open alerts, then "
                    + "risk HIGH, MEDIUM, LOW; oldest first within a rank. A cleared report no longer ranks.")
    public List<WorklistDto> worklist() {
        return worklist.worklistOf(currentUser.id()).stream().map(WorklistDto::of).toList();
    }
}
