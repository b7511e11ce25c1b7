package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.CareService;

import java.time.Instant;
import java.util.UUID;

@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class CareResource {

    public record CareResponse(UUID patientId, UUID therapistId, Instant since) {
    }

    public record ClearanceRequest(@NotBlank @Size(max = 2000) String note) {
    }

    public record ClearanceResponse(UUID patientId, UUID screeningId, UUID clearedBy, Instant clearedAt, String note) {
    }

    private final CareService care;
    private final CurrentUser currentUser;

    CareResource(CareService care, CurrentUser currentUser) {
        this.care = care;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/care")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Take a patient into the caller's care",
            description = "201 when newly taken into care, 200 when already in the caller's care, "
                    + "409 when in another therapist's care.")
    public Response takeIntoCare(@PathParam("patientId") UUID patientId) {
        CareService.CareResult result = care.takeIntoCare(patientId, currentUser.id());
        var relation = result.relation();
        var body = new CareResponse(relation.patientId(), relation.therapistId(), relation.since());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }

    @POST
    @Path("/clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Record that a physician cleared the patient's red flags (the caring therapist)",
            description = "Until then plan assignment answers 409.")
    public ClearanceResponse clearance(@PathParam("patientId") UUID patientId,
                                       @Valid @NotNull ClearanceRequest request) {
        var entry = care.recordClearance(patientId, currentUser.id(), request.note());
        return new ClearanceResponse(patientId, entry.screeningId, entry.clearedBy, entry.clearedAt,
                entry.clearanceNote);
    }
}
