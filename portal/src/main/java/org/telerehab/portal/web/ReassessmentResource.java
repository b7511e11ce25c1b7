package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.LinkedHashMap;
import java.util.Map;

/** The patient's re-assessment: the measures of their first screening again, and what changed since it. */
@Path("/patient/reassessment")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ReassessmentResource {

    private final Views views;
    private final Questionnaires questionnaires;
    private final IntakeClient intake;
    private final PortalLanguage language;

    ReassessmentResource(Views views, Questionnaires questionnaires, @RestClient IntakeClient intake,
                         PortalLanguage language) {
        this.views = views;
        this.questionnaires = questionnaires;
        this.intake = intake;
        this.language = language;
    }

    @GET
    public TemplateInstance form() {
        return formPage(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance submit(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("painNow", form.number("painNow"));
        body.put("painAverageWeek", form.number("painAverageWeek"));
        body.put("startBack", Questionnaires.startBack(form));
        body.put("odi", Questionnaires.odi(form));
        Api.Result result = Api.call("intake service", () -> intake.reassess(body));
        if (!result.ok()) {
            return formPage(result.problem());
        }
        Map<?, ?> change = (Map<?, ?>) result.map().get("change");
        Messages words = PortalLanguage.messages(language.tagFor("patient/reassessment-saved"));
        return views.page(Templates.reassessmentSaved(painChange(words, change), odiChange(words, change)),
                "/patient");
    }

    /**
     * The form (the plan week it is due in, the questionnaires in the page's language) and what
     * changed, in the patient's words; checked against their templates when the portal is built.
     */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reassessment(Object week, Questionnaires.View questionnaires);

        static native TemplateInstance reassessmentSaved(String painChange, String odiChange);
    }

    private TemplateInstance formPage(Api.Problem problem) {
        Api.Result due = Api.call("intake service", () -> intake.reassessmentDue(views.userId()));
        return views.page(Templates.reassessment(due.ok() ? due.map().get("week") : null,
                questionnaires.in(language.tagFor("patient/reassessment"))), "/patient").data("problem", problem);
    }

    /** The change in the patient's words: lower is better, and a change they can feel is named as such. */
    static String painChange(Messages words, Map<?, ?> change) {
        int points = ((Number) change.get("painPoints")).intValue();
        boolean felt = Boolean.TRUE.equals(change.get("painMcid"));
        if (points > 0) {
            return felt ? words.painLowerFelt(points) : words.painLower(points);
        }
        return points < 0 ? words.painHigher(-points) : words.painSame();
    }

    /** The Oswestry change, or null when it could not be compared (not scored now or then). */
    static String odiChange(Messages words, Map<?, ?> change) {
        if (!(change.get("odiPoints") instanceof Number n)) {
            return null;
        }
        int points = n.intValue();
        if (points > 0) {
            return Boolean.TRUE.equals(change.get("odiMcid")) ? words.odiLessFelt(points) : words.odiLess(points);
        }
        return points < 0 ? words.odiMore(-points) : words.odiSame();
    }
}
