package org.telerehab.progress.rest;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;
import org.telerehab.progress.service.OutcomesService;

import java.util.UUID;

@Path("/api/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    private final OutcomesService outcomes;
    private final FhirContext fhir;

    OutcomesResource(OutcomesService outcomes, FhirContext fhir) {
        this.outcomes = outcomes;
        this.fhir = fhir;
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The current episode's outcomes (the patient; the caring therapist)",
            description = "The episode's baseline screening, the mean pain of each of the patient's days since it, and "
                    + "each re-assessment's change against it with its minimal important changes.")
    public OutcomesDto outcomes(@PathParam("patientId") UUID patientId) {
        return OutcomesDto.of(outcomes.outcomesOf(patientId));
    }

    @GET
    @Path("/outcomes/fhir")
    @Produces({ProgressResource.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The current episode's outcomes as a FHIR R4 Bundle of LOINC-coded Observations",
            description = "NPRS 72514-3; STarT Back panel 91349-1 (total 91351-7, psychosocial 91350-9, risk 91352-5);"
                    + " Oswestry panel 97908-8 (score 97909-6); for the baseline screening and each re-assessment.")
    public Response outcomeObservations(@PathParam("patientId") UUID patientId) {
        return Response.ok(fhir.newJsonParser().encodeResourceToString(outcomes.outcomeObservationsOf(patientId)))
                .build();
    }

    @GET
    @Path("/monitoring-days")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The patient's days with at least one session or check-in, from and to inclusive",
            description = "The count remote-monitoring billing asks for; days are the patient's own; at most 366 days.")
    public MonitoringDaysDto monitoringDays(@PathParam("patientId") UUID patientId, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        return MonitoringDaysDto.of(outcomes.monitoringDaysOf(patientId, QueryDates.parse("from", from),
                QueryDates.parse("to", to)));
    }
}
