package org.telerehab.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.telerehab.program.service.DischargeService;

import java.util.UUID;

@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class CareResource {

    private final CareService care;
    private final DischargeService discharges;
    private final CurrentUser currentUser;

    CareResource(CareService care, DischargeService discharges, CurrentUser currentUser) {
        this.care = care;
        this.discharges = discharges;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/care")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Take a patient into the caller's care",
            description = "201 when newly taken into care, 200 when already in the caller's care, "
                    + "409 when in another therapist's care, 404 when no patient with this id was enrolled or screened.")
    public Response takeIntoCare(@PathParam("patientId") UUID patientId) {
        CareService.CareResult result = care.takeIntoCare(patientId, currentUser.id());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(CareDto.of(result.relation())).build();
    }

    @POST
    @Path("/care/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Hand the patient to another therapist",
            description = "The caring therapist or an admin. The other therapist cares from now on; the former gets 403"
                    + " in every service. Audited. 404 when the patient is in nobody's care.")
    public CareDto transfer(@PathParam("patientId") UUID patientId, @Valid @NotNull CareDto.Transfer request) {
        return CareDto.of(care.transfer(patientId, request.therapistId()));
    }

    @DELETE
    @Path("/care")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Release the patient back to nobody's care",
            description = "The caring therapist or an admin. The patient waits in the triage pool; the former therapist"
                    + " gets 403 in every service. Audited. 404 when the patient is in nobody's care.")
    public Response release(@PathParam("patientId") UUID patientId) {
        care.release(patientId);
        return Response.noContent().build();
    }

    @POST
    @Path("/discharge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Discharge the patient: end the episode of care",
            description = "The caring therapist. The current plan becomes COMPLETED and PatientDischarged is published;"
                    + " the patient stays in the therapist's care, and a later screening starts a new episode. 201 with"
                    + " the discharge; 409 red-flag-not-cleared while a red-flag report is open, 409 already-discharged"
                    + " when discharged and not screened since. Audited.")
    public Response discharge(@PathParam("patientId") UUID patientId, @Valid @NotNull DischargeDto.Request request) {
        return Response.status(Response.Status.CREATED)
                .entity(DischargeDto.of(discharges.discharge(patientId, request.reason()))).build();
    }
}
