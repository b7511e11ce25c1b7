package org.telerehab.intake.rest;

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
import org.telerehab.intake.domain.Reassessment;
import org.telerehab.intake.service.ReassessmentService;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.kit.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReassessmentResource {

    private final ReassessmentService reassessments;
    private final CurrentUser currentUser;

    ReassessmentResource(ReassessmentService reassessments, CurrentUser currentUser) {
        this.reassessments = reassessments;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/reassessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Submit one's own re-assessment",
            description = "Scores NPRS, STarT Back and Oswestry and answers the change against the first screening of "
                    + "the patient's episode of care, with its minimal important changes.")
    public Response submit(@Valid @NotNull ReassessmentRequest request, UriInfo uri) {
        Reassessment r = reassessments.submit(currentUser.id(), request.toAnswers());
        return Response.created(uri.getBaseUriBuilder().path("api/patients/{id}/reassessments").build(r.patientId))
                .entity(ReassessmentResponse.of(r)).build();
    }

    @GET
    @Path("/patients/{patientId}/reassessments")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "A patient's re-assessments, newest first")
    public List<ReassessmentResponse> listForPatient(@PathParam("patientId") UUID patientId) {
        return reassessments.listFor(patientId).stream().map(ReassessmentResponse::of).toList();
    }

    @GET
    @Path("/patients/{patientId}/reassessments/due")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The re-assessment due now on the patient's plan",
            description = "Week 2, 6 and 12 of the plan unless it names its own weeks; week and dueFrom are null when "
                    + "nothing is due.")
    public ReassessmentDueResponse due(@PathParam("patientId") UUID patientId) {
        return ReassessmentDueResponse.of(reassessments.dueFor(patientId).orElse(null));
    }
}
