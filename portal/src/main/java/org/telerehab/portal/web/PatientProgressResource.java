package org.telerehab.portal.web;

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
import org.telerehab.portal.client.ProgressClient;

import java.util.Locale;
/** "My progress": pain, practice, the alerts raised and the episode's charts, in the patient's words and days. */
@Path("/patient/progress")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientProgressResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    PortalLanguage language;

    @Inject
    UserTime time;

    @GET
    public TemplateInstance progress() {
        Api.Result result = Api.call("progress service", () -> progress.progress(views.userId()));
        TemplateInstance page = views.page("patient/progress", "/patient/progress");
        if (result.status() == 404) {
            return page.data("none", true);
        }
        if (!result.ok()) {
            return page.data("problem", result.problem());
        }
        return withOwnOutcomes(PatientResource.withProgress(page, result.map()))
                .data("raised", PatientResource.PatientAlert.all(result.map().get("openAlerts")));
    }

    /** The patient's own charts, in the progress page's language and their days. */
    private TemplateInstance withOwnOutcomes(TemplateInstance page) {
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(views.userId()));
        String tag = language.tagFor("patient/progress");
        return outcomes.ok() ? page.data("charts", OutcomeCharts.of(outcomes.map(), PortalLanguage.charts(tag),
                time.words(Locale.forLanguageTag(tag)))) : page.data("chartsProblem", outcomes.problem());
    }
}
