package org.telerehab.program.rest;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;
import org.telerehab.program.service.CarePlanFhirMapper;
import org.telerehab.program.service.Illustrations;
import org.telerehab.program.service.PlanService;

import java.util.UUID;

@Path("/api/patients/{patientId}/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final PlanService plans;
    private final Illustrations illustrations;
    private final CurrentUser currentUser;
    private final CarePlanFhirMapper fhirMapper;
    private final FhirContext fhir;

    PlanResource(PlanService plans, CurrentUser currentUser, CarePlanFhirMapper fhirMapper, FhirContext fhir,
                 Illustrations illustrations) {
        this.plans = plans;
        this.illustrations = illustrations;
        this.currentUser = currentUser;
        this.fhirMapper = fhirMapper;
        this.fhir = fhir;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Assign a new plan version (the caring therapist)",
            description = "409 while a red flag awaits clearance; 422 with `warnings` until each safety warning "
                    + "is acknowledged in `acknowledgedWarnings`; 201 with the plan, which supersedes the previous one.")
    public Response assign(@PathParam("patientId") UUID patientId, @Valid @NotNull PlanDto.Request request) {
        var view = plans.assign(patientId, currentUser.id(), request.toDraft());
        return Response.status(Response.Status.CREATED).entity(PlanDto.of(view, illustrations)).build();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's current plan (status ACTIVE or PAUSED); with ?locale= (en, es, fr, ar) each"
            + " exercise's words in that language where its pinned version is translated into it, else in English:"
            + " the exercise's contentLocale says which")
    public PlanDto active(@PathParam("patientId") UUID patientId, @QueryParam("locale") String locale) {
        return PlanDto.of(plans.currentPlan(patientId, "CarePlan", locale), illustrations);
    }

    @GET
    @Path("/active/fhir")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The current plan as a FHIR R4 CarePlan")
    public Response activeFhir(@PathParam("patientId") UUID patientId) {
        var view = plans.currentPlan(patientId, "FhirCarePlan");
        // as the caller accepts: FHIR JSON, or plain JSON
        return Response.ok(fhir.newJsonParser().encodeResourceToString(fhirMapper.toFhir(view))).build();
    }
}
