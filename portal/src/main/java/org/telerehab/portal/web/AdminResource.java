package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgramClient;
import org.telerehab.portal.client.RegistryClient;
import org.telerehab.portal.client.Retelling;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clinic admin's pages: their home, the emergency red flags nobody acted on in time, and the therapists (closing
 * the account of one who left).
 */
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

    @Inject
    @RestClient
    RegistryClient registry;

    @GET
    public TemplateInstance home() {
        Api.Result result = Api.call("program service", () -> program.escalated());
        return views.page(Templates.home(new Home(result.ok() ? result.list().size() : null, result.problem())),
                "/admin");
    }

    /** The admin's pages whose view model is a record, checked against their templates when the portal is built. */
    @CheckedTemplate(basePath = "admin", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(Home home);

        static native TemplateInstance escalated(Escalated escalated);

        static native TemplateInstance therapists(Therapists page);
    }

    /**
     * The admin's home: how many escalated red flags wait.
     *
     * @param escalatedCount null when program-service could not say ({@code escalatedProblem})
     */
    @TemplateData
    public record Home(Integer escalatedCount, Api.Problem escalatedProblem) {
    }

    /**
     * The clinic's therapists.
     *
     * @param closed the name of the therapist whose account was just closed, or null
     */
    @TemplateData
    public record Therapists(List<Therapist> therapists, String closed, Api.Problem problem) {

        @TemplateData
        public record Therapist(String id, String name, boolean active) {
        }
    }

    /** The emergency red flags nobody acted on in time, oldest first; each report null when unreadable. */
    @TemplateData
    public record Escalated(List<Entry> entries, Api.Problem problem) {

        @TemplateData
        public record Entry(String patientId, String who, RedFlagView report) {
        }
    }

    @GET
    @Path("red-flags")
    public TemplateInstance escalated() {
        Api.Result result = Api.call("program service", () -> program.escalated());
        List<Escalated.Entry> entries = new ArrayList<>();
        for (Map<String, Object> e : result.list()) {
            entries.add(new Escalated.Entry(String.valueOf(e.get("patientId")),
                    names.of(UUID.fromString(String.valueOf(e.get("patientId")))),
                    e.get("report") instanceof Map<?, ?> r ? RedFlagView.of(castMap(r), views.userId()) : null));
        }
        return views.page(Templates.escalated(new Escalated(entries, result.problem())), "/admin/red-flags");
    }

    /** The clinic's therapists, closed accounts included; {@code closed}: the one whose account was just closed. */
    @GET
    @Path("therapists")
    public TemplateInstance therapists(@QueryParam("closed") UUID closed) {
        return therapistsPage(closed, null);
    }

    /**
     * Closes the account of a therapist who left, once the admin ticked that they understand what it does (the page's
     * checkbox is required; a request without it changes nothing).
     */
    @POST
    @Path("therapists/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object closeAccount(@PathParam("id") UUID id, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            return therapistsPage(null, Api.Problem.told(422,
                    new Retelling(Title.ACCOUNT_NOT_CLOSED, Detail.CLOSE_TICK_THE_BOX)));
        }
        Api.Result result = Api.call("registry service", () -> registry.disableTherapist(id));
        if (!result.ok()) {
            return therapistsPage(null, result.problem().status() >= 500
                    ? result.problem().retold(Title.ACCOUNT_NOT_CLOSED, Detail.ACCOUNTS_UNREACHABLE)
                    : result.problem().retold(Title.ACCOUNT_NOT_CLOSED, null));
        }
        return Response.seeOther(URI.create("/admin/therapists?closed=" + id)).build();
    }

    private TemplateInstance therapistsPage(UUID closed, Api.Problem problem) {
        Api.Result result = Api.call("registry service", () -> registry.therapists());
        List<Therapists.Therapist> therapists = new ArrayList<>();
        String closedName = null;
        for (Map<String, Object> t : result.list()) {
            String name = t.get("givenName") + " " + t.get("familyName");
            therapists.add(new Therapists.Therapist(String.valueOf(t.get("id")), name,
                    !"DISABLED".equals(t.get("status"))));
            if (closed != null && closed.toString().equals(t.get("id"))) {
                closedName = name;
            }
        }
        return views.page(Templates.therapists(new Therapists(therapists, closedName,
                problem != null ? problem : result.problem())), "/admin/therapists");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
