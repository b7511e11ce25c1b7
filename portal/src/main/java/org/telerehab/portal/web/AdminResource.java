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
import java.util.UUID;

/** The clinic admin's pages: their home, and the emergency red flags nobody acted on in time. */
@Path("/admin")
@RolesAllowed(Views.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AdminResource {

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    @RestClient
    ProgramClient program;

    @GET
    public TemplateInstance home() {
        Api.Result result = Api.call("program service", () -> program.escalated());
        return views.page("admin/home", "/admin")
                .data("escalatedCount", result.ok() ? result.list().size() : null)
                .data("escalatedProblem", result.problem());
    }

    @GET
    @Path("red-flags")
    public TemplateInstance escalated() {
        Api.Result result = Api.call("program service", () -> program.escalated());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("patientId", e.get("patientId"));
            v.put("who", names.of(UUID.fromString(String.valueOf(e.get("patientId")))));
            v.put("report", e.get("report") instanceof Map<?, ?> r
                    ? RedFlagView.of(castMap(r), views.userId()) : null);
            entries.add(v);
        }
        return views.page("admin/escalated", "/admin/red-flags", result.problem()).data("entries", entries);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
