package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;
import org.telerehab.portal.web.TherapistPatientView.Notice;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The therapist's page of one patient and its actions: taking them into care, acknowledging a red flag, recording a
 * clearance, resolving an alert (the care forms are {@link CareFormsResource}'s).
 */
@Path("/therapist/patients/{patientId}")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TherapistPatientResource {

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    WorklistResource worklist;

    @CheckedTemplate(basePath = "therapist", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance patient(TherapistPatientView page);
    }

    @GET
    public TemplateInstance patient(@PathParam("patientId") UUID patientId, @QueryParam("assigned") Integer assigned,
                                    @QueryParam("resolved") String resolved, @QueryParam("cleared") Integer cleared,
                                    @QueryParam("acknowledged") String acknowledged,
                                    @QueryParam("discharged") String discharged) {
        Notice notice = new Notice(assigned, resolved != null, cleared, acknowledged != null, discharged != null);
        return page(patientId, notice, null, null, null);
    }

    /** The patient page as it is, answering a refused form on it with the words typed kept. */
    TemplateInstance patientPage(UUID patientId, Api.Problem problem, String note, String reason) {
        return page(patientId, Notice.NONE, problem, note, reason);
    }

    private TemplateInstance page(UUID patientId, Notice notice, Api.Problem problem, String note, String reason) {
        UUID me = views.userId();
        Api.Result reports = Api.call("program service", () -> program.redFlags(patientId));
        Api.Result screenings = Api.call("intake service", () -> intake.screenings(patientId));
        boolean screened = screenings.ok() && !screenings.list().isEmpty();
        Api.Result prog = Api.call("progress service", () -> progress.progress(patientId));
        ProgressView figures = null;
        if (prog.ok()) {
            Api.Result monitoring = Api.call("progress service", () -> progress.monitoringDays(patientId));
            Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(patientId));
            figures = ProgressView.of(prog.map(), monitoring.ok() ? monitoring.map().get("days") : null,
                    outcomes.ok() ? OutcomeCharts.of(outcomes.map()) : null, outcomes.ok() ? null : outcomes.problem());
        }
        Api.Result plan = Api.call("program service", () -> program.activePlan(patientId));
        TherapistPatientView view = new TherapistPatientView(patientId, names.of(patientId), notice, problem, note,
                reason, TherapistPatientView.Colleague.all(names.colleagues(me)),
                reports.ok() ? RedFlagView.all(reports.list(), me) : null, reports.ok() ? null : reports.problem(),
                prog.ok() ? TherapistPatientView.Alert.all(prog.map().get("openAlerts")) : List.of(),
                screened ? TherapistPatientView.Screening.of(screenings.list().get(0)) : null,
                screened ? screenings.list().size() : 0, screenings.ok() ? null : screenings.problem(),
                figures, prog.ok() ? null : prog.problem(),
                plan.ok() ? TherapistPatientView.Plan.of(plan.map()) : null,
                plan.ok() || plan.status() == 404 ? null : plan.problem());
        return views.page(Templates.patient(view), "/therapist");
    }

    /** Takes a patient in nobody's care (new, released or blocked by a red flag) into this therapist's care. */
    @POST
    @Path("care")
    public Object takeIntoCare(@PathParam("patientId") UUID patientId) {
        Api.Result result = Api.call("program service", () -> program.takeIntoCare(patientId));
        if (!result.ok()) {
            return worklist.page(result.problem());
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId)).build();
    }

    @POST
    @Path("alerts/{alertId}/resolve")
    public Object resolve(@PathParam("patientId") UUID patientId, @PathParam("alertId") UUID alertId) {
        Api.Result result = Api.call("progress service", () -> progress.resolve(alertId));
        if (!result.ok()) {
            return patientPage(patientId, result.problem(), null, null);
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?resolved=1")).build();
    }

    // ---- red flags: clearance and acknowledgement

    /** The therapist records that a physician cleared the patient: every open red-flag report closes. */
    @POST
    @Path("clearance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object clear(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> posted) {
        String note = new Form(posted).text("note");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", note);
        Api.Result result = Api.call("program service", () -> program.clearance(patientId, body));
        if (!result.ok()) {
            return patientPage(patientId, clearanceProblem(result.problem()), note, null);
        }
        int closed = result.map().get("reportIds") instanceof List<?> ids ? ids.size() : 0;
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?cleared=" + closed)).build();
    }

    /** The service's refusal of a clearance, in the words of this page. */
    static Api.Problem clearanceProblem(Api.Problem problem) {
        if (problem.is("nothing-to-clear")) {
            return problem.retold(Title.NOTHING_TO_CLEAR, Detail.NOTHING_TO_CLEAR_NEVER_REPORTED);
        }
        if (problem.status() == 422 || problem.status() == 400) {
            return problem.retold(Title.CLEARANCE_NOT_RECORDED, Detail.CLEARANCE_NOTE).withErrors(List.of());
        }
        return problem;
    }

    /** "I have seen this and acted": the report stays open (plans still wait) but is no longer escalated. */
    @POST
    @Path("red-flags/{reportId}/acknowledge")
    public Object acknowledge(@PathParam("patientId") UUID patientId, @PathParam("reportId") UUID reportId) {
        Api.Result result = Api.call("program service", () -> program.acknowledge(patientId, reportId));
        if (!result.ok()) {
            return patientPage(patientId, result.problem(), null, null);
        }
        return Response.seeOther(URI.create("/therapist/patients/" + patientId + "?acknowledged=1")).build();
    }
}
