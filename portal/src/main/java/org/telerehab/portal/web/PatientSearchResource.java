package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import org.telerehab.portal.web.StaffCodes.ProfileStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
        List<Found> found = new ArrayList<>();
        for (Map<String, Object> p : result.list()) {
            Object carer = p.get("therapistId");
            found.add(new Found(String.valueOf(p.get("id")), p.get("givenName") + " " + p.get("familyName"),
                    birthDate(p.get("birthDate")), StaffCodes.code(ProfileStatus.class, p.get("status")),
                    String.valueOf(p.get("status")), me.equals(carer), carer == null,
                    carer == null ? null : therapists.get(String.valueOf(carer))));
        }
        return views.page(Templates.search(new Search(query, unassigned, asked, found,
                views.hasRole(Views.THERAPIST), result.problem())), "/patients");
    }

    @CheckedTemplate(basePath = "patients", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance search(Search search);
    }

    /**
     * The search and what it found.
     *
     * @param asked     a name or "only without a therapist" was given (nothing is listed before)
     * @param therapist the caller is a therapist (who may take a pool patient into care)
     */
    @TemplateData
    public record Search(String q, boolean unassigned, boolean asked, List<Found> found, boolean therapist,
                         Api.Problem problem) {
    }

    /**
     * A patient found.
     *
     * @param status     null for a status this portal does not know ({@code statusCode})
     * @param mine       in the caller's care
     * @param pooled     in nobody's care
     * @param carer      the caring therapist's name, null when nobody or when it cannot be said
     */
    @TemplateData
    public record Found(String id, String name, LocalDate birthDate, ProfileStatus status, String statusCode,
                        boolean mine, boolean pooled, String carer) {
    }

    private static LocalDate birthDate(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
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
