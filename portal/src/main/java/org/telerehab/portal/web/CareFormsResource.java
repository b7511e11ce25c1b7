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
import org.telerehab.portal.client.Retelling;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

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
            return problem.retold(Title.NOT_DISCHARGED, Detail.DISCHARGE_RED_FLAG_OPEN);
        }
        if (problem.is("already-discharged")) {
            return problem.retold(Title.ALREADY_DISCHARGED, Detail.DISCHARGE_NO_EPISODE);
        }
        if (problem.status() == 422 || problem.status() == 400) {
            return problem.retold(Title.NOT_DISCHARGED, Detail.DISCHARGE_REASON).withErrors(List.of());
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
            return pages.patientPage(patientId, Api.Problem.told(422,
                    new Retelling(Title.NOT_HANDED_OVER, Detail.HAND_OVER_CHOOSE)), null, null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("therapistId", therapistId);
        Api.Result result = Api.call("program service", () -> program.transfer(patientId, body));
        if (!result.ok()) {
            return pages.patientPage(patientId, result.problem().status() == 422
                    ? result.problem().retold(Title.NOT_HANDED_OVER, Detail.HAND_OVER_FROM_LIST) : result.problem(),
                    null, null);
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
