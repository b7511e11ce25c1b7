package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgressClient;

/** The clinic's results over episodes of care: a therapist sees their caseload's, an admin the clinic's. */
@Path("/therapist/results")
@RolesAllowed({Views.THERAPIST, Views.ADMIN})
@Blocking
public class ClinicResultsResource {

    private final Views views;
    private final ProgressClient progress;
    private final PortalLanguage language;

    ClinicResultsResource(Views views, @RestClient ProgressClient progress, PortalLanguage language) {
        this.views = views;
        this.progress = progress;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        boolean clinic = views.hasRole(Views.ADMIN);
        Api.Result summary = Api.call("progress service", progress::outcomesSummary);
        if (!summary.ok()) {
            return views.page(Templates.results(null, clinic), "/therapist/results").data("problem", summary.problem());
        }
        return views.page(Templates.results(ClinicResults.of(summary.map(), language.tagFor("therapist/results")),
                clinic), "/therapist/results");
    }

    /** The page, checked against its template when the portal is built. */
    @CheckedTemplate(basePath = "therapist", requireTypeSafeExpressions = false)
    static class Templates {
        /**
         * @param results the clinic's results; null when progress-service cannot answer
         * @param clinic  whether they are the whole clinic's (an admin) or the therapist's caseload
         */
        static native TemplateInstance results(ClinicResults results, boolean clinic);
    }
}
