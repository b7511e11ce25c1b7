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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.IntakeClient;
import org.telerehab.events.codes.Region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
/** The patient's screening and its result. */
@Path("/patient/screening")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientScreeningResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    Questionnaires questionnaires;

    @Inject
    PortalLanguage language;

    @GET
    public TemplateInstance screeningForm() {
        return screeningPage(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance screen(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("painRegions", form.all("painRegions"));
        body.put("radiatesBelowKnee", form.checked("radiatesBelowKnee"));
        body.put("painNow", form.number("painNow"));
        body.put("painAverageWeek", form.number("painAverageWeek"));
        body.put("symptomWeeks", form.number("symptomWeeks"));
        body.put("redFlags", form.all("redFlags"));
        body.put("startBack", Questionnaires.startBack(form));
        body.put("odi", Questionnaires.odi(form));
        body.put("wakeTime", form.text("wakeTime"));
        Api.Result result = Api.call("intake service", () -> intake.screen(body));
        if (!result.ok()) {
            return screeningPage(result.problem());
        }
        return views.page(Templates.screeningResult(ScreeningResultView.of(result.map())), "/patient/screening");
    }

    /**
     * The form (the regions asked about, the questionnaires' items in the page's language) and its result, checked
     * against their templates when the portal is built.
     */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance screening(List<Region> regions, Questionnaires.View questionnaires);

        static native TemplateInstance screeningResult(ScreeningResultView r);
    }

    private TemplateInstance screeningPage(Api.Problem problem) {
        // sciatic pain is asked as "does it radiate below the knee"
        List<Region> regions = List.of(Region.LUMBAR, Region.THORACIC, Region.HIP_PELVIS, Region.NECK);
        return views.page(Templates.screening(regions, questionnaires.in(language.tagFor("patient/screening"))),
                "/patient/screening").data("problem", problem);
    }
}
