package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;

import java.util.Locale;
/** "My plan": the patient's exercises, their dose and limits, and the programme's hold. */
@Path("/patient/plan")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientPlanResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    PortalLanguage language;

    @Inject
    UserTime time;

    @GET
    public TemplateInstance plan() {
        String tag = language.tagFor("patient/plan");
        // the exercises' own words in the patient's language where a therapist translated their version
        Api.Result result = Api.call("program service", () -> program.activePlan(views.userId(), tag));
        PlanView plan = PlanView.of(result, time.words(Locale.forLanguageTag(tag)));
        TemplateInstance page = HoldStatus.of(result, program, views.userId()).addTo(views.page(
                Templates.plan(plan, result.status() == 404), "/patient/plan"));
        return result.ok() || result.status() == 404 ? page : page.data("problem", result.problem());
    }

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plan(PlanView plan, boolean noPlan);
    }
}
