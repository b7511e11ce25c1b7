package org.telerehab.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.AlertService;

import java.util.UUID;

@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;
    private final CurrentUser currentUser;

    AlertResource(AlertService alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Resolve an alert (the caring therapist); resolving twice changes nothing")
    public ProgressDto.AlertDto resolve(@PathParam("id") UUID id) {
        return ProgressDto.AlertDto.of(alerts.resolve(id, currentUser.id()));
    }
}
