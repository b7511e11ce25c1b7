package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.LoggingService;

/** What patients log: sessions and daily check-ins. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogResource {

    private final LoggingService logging;
    private final CurrentUser currentUser;

    LogResource(LoggingService logging, CurrentUser currentUser) {
        this.logging = logging;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/sessions")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Log a session of one's active plan",
            description = "422 when the plan is not the caller's active plan; 409 for a repeated clientRequestId.")
    public Response logSession(@Valid @NotNull LogDto.SessionRequest request) {
        var logged = logging.logSession(currentUser.id(), request.toDraft());
        return Response.status(Response.Status.CREATED).entity(LogDto.SessionResponse.of(logged)).build();
    }

    @POST
    @Path("/checkins")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Daily pain check-in",
            description = "An emergency red flag raises RED_FLAG_SYMPTOM (the plan is paused) and the answer tells "
                    + "the patient to seek care now.")
    public Response checkIn(@Valid @NotNull LogDto.CheckInRequest request) {
        var logged = logging.checkIn(currentUser.id(), request.toDraft());
        return Response.status(Response.Status.CREATED).entity(LogDto.CheckInResponse.of(logged)).build();
    }
}
