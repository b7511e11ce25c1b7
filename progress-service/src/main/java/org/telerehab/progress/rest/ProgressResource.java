package org.telerehab.progress.rest;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.ProgressService;

import java.util.UUID;

@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final ProgressService progress;
    private final FhirContext fhir;

    ProgressResource(ProgressService progress, FhirContext fhir) {
        this.progress = progress;
        this.fhir = fhir;
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Pain trend against baseline, adherence and open alerts (the patient; the caring therapist)")
    public ProgressDto progress(@PathParam("patientId") UUID patientId) {
        return ProgressDto.of(progress.progressOf(patientId));
    }

    @GET
    @Path("/observations/fhir")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Every pain reading as a FHIR R4 Bundle of Observations (LOINC 72514-3)")
    public Response observations(@PathParam("patientId") UUID patientId) {
        return Response.ok(fhir.newJsonParser().encodeResourceToString(progress.painObservationsOf(patientId)))
                .build();
    }
}
