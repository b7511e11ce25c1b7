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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.telerehab.portal.web.LoggingAnswer.html;

/**
 * Logging a session (one half of the patient's log, with {@link PatientCheckInResource}). A class of its own path:
 * Quarkus REST routes a request to the resource class whose path matches it most closely, so classes sharing
 * {@code /patient} would hide each other's methods.
 */
@Path("/patient/session")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientSessionResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    PortalLanguage language;

    @Inject
    UserTime time;

    @GET
    public TemplateInstance sessionForm() {
        return sessionPage(null);
    }

    private TemplateInstance sessionPage(Api.Problem problem) {
        String tag = language.tagFor("patient/session");
        Api.Result result = Api.call("program service", () -> program.activePlan(views.userId(), tag));
        PlanView plan = PlanView.of(result, time.words(Locale.forLanguageTag(tag)));
        TemplateInstance page = HoldStatus.of(result, program, views.userId()).addTo(views.page(
                Templates.session(plan, result.status() == 404, UUID.randomUUID()), "/patient/session"));
        return page.data("problem", problem == null && !result.ok() && result.status() != 404 ? result.problem()
                : problem);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logSession(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        List<Map<String, Object>> done = new ArrayList<>();
        for (String id : form.all("exercise")) {
            done.add(Map.of("exerciseId", id, "setsDone", form.intOr("sets_" + id, 1),
                    "repsDone", form.intOr("reps_" + id, 0)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", form.text("planId"));
        body.put("performedAt", Instant.now().toString());
        body.put("exercises", done);
        body.put("painBefore", form.number("painBefore"));
        body.put("painAfter", form.number("painAfter"));
        body.put("perceivedIntensity", form.number("perceivedIntensity"));
        body.put("notes", form.text("notes"));
        body.put("clientRequestId", form.text("clientRequestId"));
        Api.Result result = Api.call("progress service", () -> progress.logSession(body));
        if (result.status() == 409) {
            return html(200, views.page(Templates.sessionSaved(List.of(), true), "/patient/session"));
        }
        if (!result.ok()) {
            return html(result.status(), sessionPage(result.problem()));
        }
        return html(200, views.page(Templates.sessionSaved(RaisedAlert.all(result.map().get("alertsRaised")), false),
                "/patient/session"));
    }

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance session(PlanView plan, boolean noPlan, UUID clientRequestId);

        static native TemplateInstance sessionSaved(List<RaisedAlert> alerts, boolean repeat);
    }
}
