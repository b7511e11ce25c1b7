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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.ProgressClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
/**
 * "Who saw my records": every service's access log of the patient, in words; a service that does not answer is
 * named.
 */
@Path("/patient/access-log")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientAccessLogResource {

    @Inject
    Views views;

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
    PortalLanguage language;

    @GET
    public TemplateInstance accessLog() {
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        List<AccessLogView.Source> missing = new ArrayList<>();
        for (var source : List.<Map.Entry<AccessLogView.Source, java.util.function.Supplier<Response>>>of(
                Map.entry(AccessLogView.Source.SCREENINGS, () -> intake.accessLog(views.userId())),
                Map.entry(AccessLogView.Source.PLANS, () -> program.accessLog(views.userId())),
                Map.entry(AccessLogView.Source.PROGRESS, () -> progress.accessLog(views.userId())))) {
            Api.Result result = Api.call(source.getKey().service, source.getValue());
            if (result.ok() && result.map().get("entries") instanceof List<?> entries) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) entries;
                answers.add(list);
            } else {
                missing.add(source.getKey());
            }
        }
        Messages words = PortalLanguage.messages(language.tagFor("patient/access-log"));
        return views.page(Templates.accessLog(new AccessLogView.Page(AccessLogView.lines(views.userId(), answers,
                words), String.join(", ", missing.stream().map(words::accessLogSource).toList()))),
                "/patient/access-log");
    }

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance accessLog(AccessLogView.Page log);
    }
}
