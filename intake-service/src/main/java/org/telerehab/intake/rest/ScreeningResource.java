package org.telerehab.intake.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.intake.domain.Screening;
import org.telerehab.intake.service.QuestionnaireResponseMapper;
import org.telerehab.intake.service.ScreeningService;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final ScreeningService screenings;
    private final CurrentUser currentUser;
    private final QuestionnaireResponseMapper fhirMapper;
    private final FhirContext fhir;

    ScreeningResource(ScreeningService screenings, CurrentUser currentUser, QuestionnaireResponseMapper fhirMapper,
                      FhirContext fhir) {
        this.screenings = screenings;
        this.currentUser = currentUser;
        this.fhirMapper = fhirMapper;
        this.fhir = fhir;
    }

    @POST
    @Path("/screenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Submit one's own screening",
            description = "Scores STarT Back and Oswestry, triages red flags and answers the patient's advice.")
    public Response submit(@Valid @NotNull ScreeningRequest request, UriInfo uri) {
        Screening screening = screenings.submit(currentUser.id(), request.toAnswers());
        return Response.created(uri.getBaseUriBuilder().path("api/screenings/{id}").build(screening.id))
                .entity(ScreeningResponse.of(screening)).build();
    }

    @GET
    @Path("/screenings/{id}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public ScreeningResponse get(@PathParam("id") UUID id) {
        return ScreeningResponse.of(screenings.read(id, "Screening"));
    }

    @GET
    @Path("/patients/{patientId}/screenings")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "A patient's screenings, newest first")
    public List<ScreeningResponse> listForPatient(@PathParam("patientId") UUID patientId) {
        return screenings.listFor(patientId).stream().map(ScreeningResponse::of).toList();
    }

    @GET
    @Path("/screenings/{id}/fhir")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The screening as a FHIR R4 QuestionnaireResponse")
    public Response fhir(@PathParam("id") UUID id) {
        Screening screening = screenings.read(id, "QuestionnaireResponse");
        String json = fhir.newJsonParser().encodeResourceToString(fhirMapper.toFhir(screening));
        return Response.ok(json).build(); // as the caller accepts: FHIR JSON, or plain JSON
    }
}
