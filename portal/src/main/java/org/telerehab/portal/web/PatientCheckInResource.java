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
import org.telerehab.portal.client.ProgressClient;
import org.telerehab.events.codes.RedFlag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.telerehab.portal.web.LoggingAnswer.html;

/** The daily check-in and what the patient is told after it (the other half of their log). */
@Path("/patient/checkin")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientCheckInResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgressClient progress;

    @Inject
    PatientNames names;

    @GET
    public TemplateInstance checkInForm() {
        return checkInPage(null);
    }

    private TemplateInstance checkInPage(Api.Problem problem) {
        return views.page(Templates.checkin(names.todayOf(views.userId()), UUID.randomUUID()), "/patient/checkin")
                .data("problem", problem);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", form.text("date") == null ? names.todayOf(views.userId()).toString() : form.text("date"));
        body.put("pain", form.number("pain"));
        body.put("redFlags", form.all("redFlags"));
        body.put("notes", form.text("notes"));
        body.put("clientRequestId", form.text("clientRequestId"));
        Api.Result result = Api.call("progress service", () -> progress.checkIn(body));
        if (result.status() == 409) {
            return html(200, views.page(Templates.checkinSaved(List.of(), true, false, false), "/patient/checkin"));
        }
        if (!result.ok()) {
            return html(result.status(), checkInPage(result.problem()));
        }
        // the advice is the portal's own words for what was reported (progress-service answers the same, in English)
        Map<String, Object> saved = result.map();
        // from what was reported, not from the alerts raised: a second emergency while the first alert is still open
        // raises no new alert, and is just as much an emergency
        String severity = severityOf(form.all("redFlags"));
        return html(200, views.page(Templates.checkinSaved(RaisedAlert.all(saved.get("alertsRaised")), false,
                "EMERGENCY".equals(severity), "REVIEW".equals(severity)), "/patient/checkin"));
    }

    /** EMERGENCY, REVIEW or null: how severe these reported flags are (an unknown code is the service's to refuse). */
    static String severityOf(List<String> flags) {
        List<RedFlag> known = flags.stream().filter(f -> Clinical.CLINICAL_FLAGS.containsKey(f)).map(RedFlag::valueOf)
                .toList();
        return RedFlag.severityOf(known).map(Enum::name).orElse(null);
    }

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance checkin(LocalDate today, UUID clientRequestId);

        static native TemplateInstance checkinSaved(List<RaisedAlert> alerts, boolean repeat, boolean emergency,
                                                    boolean review);
    }
}
