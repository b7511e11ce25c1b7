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

    /** The page, checked against its template when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        /**
         * @param p    the patient's progress and charts; null when there is none yet or it cannot be read
         * @param none whether progress-service has nothing of the patient yet
         */
        static native TemplateInstance progress(ProgressView p, boolean none);
    }

    @GET
    public TemplateInstance progress() {
        Api.Result result = Api.call("progress service", () -> progress.progress(views.userId()));
        if (result.status() == 404) {
            return views.page(Templates.progress(null, true), "/patient/progress");
        }
        if (!result.ok()) {
            return views.page(Templates.progress(null, false), "/patient/progress")
                    .data("problem", result.problem());
        }
        // the patient's own charts, in the progress page's language and their days
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(views.userId()));
        String tag = language.tagFor("patient/progress");
        OutcomeCharts charts = outcomes.ok() ? OutcomeCharts.of(outcomes.map(), PortalLanguage.charts(tag),
                time.words(Locale.forLanguageTag(tag))) : null;
        return views.page(Templates.progress(ProgressView.of(result.map(), null, charts,
                outcomes.ok() ? null : outcomes.problem()), false), "/patient/progress");
    }
}
