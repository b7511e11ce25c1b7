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
import org.telerehab.portal.client.ProgramClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exercise library, read-only for now. */
@Path("/therapist/exercises")
@RolesAllowed({Views.THERAPIST, Views.ADMIN})
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LibraryResource {

    @Inject
    Views views;

    @Inject
    @RestClient
    ProgramClient program;

    @GET
    public TemplateInstance exercises() {
        Api.Result result = Api.call("program service", () -> program.exercises());
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>(e);
            Object dose = e.get("dose");
            if (dose instanceof Map<?, ?> d) {
                v.put("doseText", Clinical.dose(d.get("sets"), d.get("reps"), d.get("holdSeconds")));
            }
            v.put("regionLabels", String.join(", ", Clinical.labels(Clinical.REGIONS, e.get("regions"))));
            exercises.add(v);
        }
        return views.page("therapist/exercises", "/therapist/exercises", result.problem())
                .data("exercises", exercises);
    }
}
