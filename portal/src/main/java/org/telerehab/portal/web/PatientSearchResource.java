package org.telerehab.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.RegistryClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding a patient by name or email (registry-service): a therapist finds their patients and those in nobody's
 * care, an admin every patient, or only those without a therapist. Each one says who cares for them.
 */
@Path("/patients")
@RolesAllowed({Views.THERAPIST, Views.ADMIN})
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PatientSearchResource {

    /** A profile's status in words. */
    static final Map<String, String> STATUS = Map.of("INVITED", "Invited, not signed in yet", "ACTIVE", "Active",
            "DISCHARGED", "Discharged");

    @Inject
    Views views;

    @Inject
    @RestClient
    RegistryClient registry;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("unassigned") boolean unassigned) {
        String query = q == null ? "" : q.strip();
        boolean asked = !query.isEmpty() || unassigned;
        Api.Result result = asked ? Api.call("registry service", () -> registry.searchPatients(query, unassigned))
                : new Api.Result(200, List.of(), null);
        Map<String, String> therapists = views.hasRole(Views.ADMIN) && asked ? therapistNames() : Map.of();
        String me = views.userId().toString();
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> p : result.list()) {
            Map<String, Object> v = new LinkedHashMap<>();
            Object carer = p.get("therapistId");
            v.put("id", p.get("id"));
            v.put("name", p.get("givenName") + " " + p.get("familyName"));
            v.put("birthDate", p.get("birthDate"));
            v.put("status", STATUS.getOrDefault(String.valueOf(p.get("status")), String.valueOf(p.get("status"))));
            v.put("mine", me.equals(carer));
            v.put("pooled", carer == null);
            v.put("carer", carer == null ? null : therapists.getOrDefault(String.valueOf(carer), "another therapist"));
            found.add(v);
        }
        return views.page("patients/search", "/patients", result.problem()).data("q", query)
                .data("unassigned", unassigned).data("asked", asked).data("found", found)
                .data("therapist", views.hasRole(Views.THERAPIST));
    }

    /** The clinic's therapists by id, for an admin's "cared for by" (empty when registry-service cannot say). */
    private Map<String, String> therapistNames() {
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> t : Api.call("registry service", () -> registry.therapists()).list()) {
            names.put(String.valueOf(t.get("id")), t.get("givenName") + " " + t.get("familyName"));
        }
        return names;
    }
}
