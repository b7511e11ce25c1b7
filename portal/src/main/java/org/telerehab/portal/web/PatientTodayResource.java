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

/** The patient's home: what is due today and how the week is going. */
@Path("/patient")
@RolesAllowed(Views.PATIENT)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientTodayResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @Inject
    TodayPage today;

    @Inject
    PortalLanguage language;

    @GET
    public TemplateInstance home() {
        String tag = language.tagFor("patient/home");
        // exercise names in the patient's language where a therapist translated them
        Api.Result plan = Api.call("program service", () -> program.activePlan(views.userId(), tag));
        HoldStatus hold = HoldStatus.of(plan, program, views.userId());
        TemplateInstance page = views.page(Templates.home(today.of(views.userId(), plan, hold.stopsExercise())),
                "/patient");
        return hold.addTo(page.data("unreadMessages", views.unreadMessages()));
    }

    /** The pages, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "patient", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(TodayView today);
    }
}
