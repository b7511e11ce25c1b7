package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.RedFlagService;

import java.util.List;
import java.util.UUID;

/** A patient's red-flag reports: their history, the clearance that closes them, the therapist's acknowledgement. */
@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class RedFlagResource {

    private final RedFlagService redFlags;
    private final CurrentUser currentUser;

    RedFlagResource(RedFlagService redFlags, CurrentUser currentUser) {
        this.redFlags = redFlags;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/red-flags")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's red-flag reports, newest first (the patient, the caring therapist, admin)",
            description = "Each report from a screening or a check-in is OPEN until the caring therapist records a "
                    + "clearance; while any is OPEN plan assignment answers 409.")
    public List<RedFlagDto.Report> history(@PathParam("patientId") UUID patientId) {
        return redFlags.history(patientId).stream().map(RedFlagDto.Report::of).toList();
    }

    @POST
    @Path("/clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Record that a physician cleared the patient's red flags (the caring therapist)",
            description = "Clears every OPEN red-flag report of the patient. 409 when the patient never reported one.")
    public RedFlagDto.ClearanceResponse clearance(@PathParam("patientId") UUID patientId,
                                                  @Valid @NotNull RedFlagDto.ClearanceRequest request) {
        return RedFlagDto.ClearanceResponse.of(redFlags.clear(patientId, currentUser.id(), request.note()));
    }

    @POST
    @Path("/red-flags/{reportId}/acknowledge")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "The caring therapist has seen an open report and acted on it",
            description = "The report stays OPEN (plans still wait for a clearance) but is no longer escalated to the "
                    + "admins. A report acknowledged or cleared already is answered as it is.")
    public RedFlagDto.Report acknowledge(@PathParam("patientId") UUID patientId, @PathParam("reportId") UUID reportId) {
        return RedFlagDto.Report.of(redFlags.acknowledge(patientId, reportId, currentUser.id()));
    }
}
