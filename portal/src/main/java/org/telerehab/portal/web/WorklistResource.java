package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The therapist's triage worklist: screened patients, most urgent first. */
@Path("/therapist")
@RolesAllowed(Views.THERAPIST)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class WorklistResource {

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    @RestClient
    ProgramClient program;

    @CheckedTemplate(basePath = "therapist", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance worklist(WorklistView worklist);
    }

    @GET
    public TemplateInstance worklist(@QueryParam("released") String released,
                                     @QueryParam("transferred") String transferred) {
        return page(null, released != null, transferred != null);
    }

    /** The worklist answering a refused action on it (taking a patient into care). */
    TemplateInstance page(Api.Problem problem) {
        return page(problem, false, false);
    }

    private TemplateInstance page(Api.Problem problem, boolean released, boolean transferred) {
        Api.Result result = Api.call("program service", () -> program.worklist());
        List<WorklistView.Entry> entries = new ArrayList<>();
        if (result.ok()) {
            UUID me = views.userId();
            Map<String, String> visible = names.visible();
            for (Map<String, Object> e : result.list()) {
                String who = PatientNames.label(visible.get(String.valueOf(e.get("patientId"))), e.get("patientId"));
                entries.add(WorklistView.Entry.of(e, who, me));
            }
        }
        Api.Problem shown = problem != null ? problem : result.ok() ? null : result.problem();
        return views.page(Templates.worklist(new WorklistView(entries, released, transferred, shown)), "/therapist");
    }
}
