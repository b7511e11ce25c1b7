package org.telerehab.portal.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caring therapist's forms that change who cares for a patient, or end the episode: discharge, hand over to a
 * colleague, release to the triage pool. A refusal is answered on the patient page, in words.
 */
@Path("/care/patients/{patientId}")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class CareFormsResource {

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    TherapistPatientResource pages;

    /** The caring therapist ends the episode of care: the plan is completed, the patient stays on their list. */
    @POST
    @Path("discharge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object discharge(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        String reason = new Form(posted).text("reason");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        Api.Result result = Api.call("program service", () -> program.discharge(patientId, body));
        if (!result.ok()) {
            return pages.patientPage(patientId, dischargeProblem(result.problem()), null, reason);
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?discharged=1")).build();
    }

    /** The service's refusal of a discharge, in the words of this page. */
    static Api.Problem dischargeProblem(Api.Problem problem) {
        if (problem.is("red-flag-not-cleared")) {
            return problem.retold("The patient was not discharged", "A red-flag report is still open. Record a "
                    + "physician's clearance first: a discharge must not end the watch on a red flag.");
        }
        if (problem.is("already-discharged")) {
            return problem.retold("Already discharged", "This patient was discharged and has not screened since, so "
                    + "there is no episode of care to end.");
        }
        if (problem.status() == 422 || problem.status() == 400) {
            return new Api.Problem(problem.status(), "The patient was not discharged",
                    "Write the reason for the discharge, at most 2000 characters.", List.of(), List.of(),
                    problem.type());
        }
        return problem;
    }

    /** A colleague cares from now on; this therapist no longer sees the patient's records. */
    @POST
    @Path("transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object transfer(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        String therapistId = new Form(posted).text("therapistId");
        if (therapistId == null) {
            return pages.patientPage(patientId, new Api.Problem(422, "The patient was not handed over",
                    "Choose the therapist who will care for the patient.", List.of(), List.of()), null, null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("therapistId", therapistId);
        Api.Result result = Api.call("program service", () -> program.transfer(patientId, body));
        if (!result.ok()) {
            return pages.patientPage(patientId, result.problem().status() == 422
                    ? result.problem().retold("The patient was not handed over", "Choose one of the clinic's "
                    + "therapists from the list.") : result.problem(), null, null);
        }
        return Response.seeOther(URI.create("/therapist?transferred=1")).build();
    }

    /** Back to the triage pool: the therapist no longer sees the patient; any therapist may take them into care. */
    @POST
    @Path("release")
    public Object release(@PathParam("patientId") UUID patientId) {
        Api.Result result = Api.call("program service", () -> program.release(patientId));
        if (!result.ok()) {
            return pages.patientPage(patientId, result.problem(), null, null);
        }
        return Response.seeOther(URI.create("/therapist?released=1")).build();
    }
}
