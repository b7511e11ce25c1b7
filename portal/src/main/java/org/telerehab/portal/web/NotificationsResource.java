package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.EngagementClient;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The user's notifications (engagement-service), newest first, each in the reader's words with a link to where it
 * leads, and their notification preferences (email, reminder time, work hours). For patients and therapists.
 */
@Path("/notifications")
@RolesAllowed({Views.PATIENT, Views.THERAPIST})
@Produces(MediaType.TEXT_HTML)
@Blocking
public class NotificationsResource {

    static final String TEMPLATE = "engagement/notifications";

    @Inject
    Views views;

    @Inject
    PortalLanguage language;

    @Inject
    @RestClient
    EngagementClient engagement;

    @CheckedTemplate(basePath = "engagement", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance notifications(NotificationsView page);
    }

    /**
     * The page.
     *
     * @param items       newest first; empty when unavailable
     * @param unread      how many are unread; null when unavailable
     * @param unavailable whether engagement-service did not answer
     * @param marked      whether the page follows a "Mark as read"
     * @param markFailed  whether a "Mark as read" was refused
     * @param prefs       the notification preferences form
     */
    @TemplateData
    public record NotificationsView(List<Item> items, Integer unread, boolean unavailable, boolean marked,
                                    boolean markFailed, Preferences prefs) {
    }

    /** One notification: its words, where it leads, when, and whether it is unread. */
    @TemplateData
    public record Item(String id, String words, String href, Instant createdAt, boolean unread) {
    }

    /**
     * The preferences form: what the service has (or what was typed, when it refused), its refusals by field
     * ({@code reminderTime}, {@code workHours}, {@code workHours.from}, {@code workHours.to}).
     */
    @TemplateData
    public record Preferences(boolean available, boolean email, String reminderTime, String workFrom,
                              String workTo, FormFields refused, boolean saved, Api.Problem problem) {
        public String error(String field) {
            return refused.error(field);
        }
    }

    @GET
    public TemplateInstance page(@QueryParam("marked") boolean marked, @QueryParam("saved") boolean saved,
                                 @QueryParam("markFailed") boolean markFailed) {
        Api.Result prefs = Api.call("engagement service", () -> engagement.preferences());
        Preferences preferences = prefs.ok() ? fromService(prefs.map(), saved)
                : new Preferences(false, false, null, null, null, FormFields.NONE, false, null);
        return render(marked, markFailed, preferences);
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") UUID id) {
        Api.Result result = Api.call("engagement service", () -> engagement.markRead(id));
        return Response.seeOther(URI.create(result.ok() ? "/notifications?marked=true"
                : "/notifications?markFailed=true")).build();
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object savePreferences(MultivaluedMap<String, String> posted) {
        Form form = new Form(posted);
        String from = form.text("workFrom");
        String to = form.text("workTo");
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("email", form.checked("email"));
        sent.put("reminderTime", form.text("reminderTime"));
        if (from == null && to == null) {
            sent.put("workHours", null);
        } else {
            Map<String, Object> hours = new LinkedHashMap<>();
            hours.put("from", from);
            hours.put("to", to);
            sent.put("workHours", hours);
        }
        Api.Result result = Api.call("engagement service", () -> engagement.savePreferences(sent));
        if (result.ok()) {
            return Response.seeOther(URI.create("/notifications?saved=true#preferences")).build();
        }
        return render(false, false, new Preferences(true, form.checked("email"), form.text("reminderTime"), from, to,
                FormFields.of(Map.of(), result.problem()), false, result.problem()));
    }

    private TemplateInstance render(boolean marked, boolean markFailed, Preferences preferences) {
        Api.Result result = views.notifications();
        EngagementMessages words = PortalLanguage.engage(language.tagFor(TEMPLATE));
        boolean patient = views.hasRole(Views.PATIENT) && !views.hasRole(Views.THERAPIST);
        List<Item> items = new ArrayList<>();
        Integer unread = null;
        if (result.ok()) {
            for (Object o : result.map().get("items") instanceof List<?> l ? l : List.of()) {
                if (o instanceof Map<?, ?> n) {
                    items.add(item(n, patient, words));
                }
            }
            items.sort(Comparator.comparing(Item::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
            unread = result.map().get("unread") instanceof Number u ? u.intValue()
                    : (int) items.stream().filter(Item::unread).count();
        }
        return views.page(Templates.notifications(new NotificationsView(items, unread, !result.ok(),
                marked && result.ok(), markFailed, preferences)), "/notifications");
    }

    static Item item(Map<?, ?> n, boolean patient, EngagementMessages words) {
        String kind = String.valueOf(n.get("kind"));
        String patientId = n.get("patientId") == null ? null : String.valueOf(n.get("patientId"));
        String ofPatient = patientId == null ? "/therapist" : "/therapist/patients/" + patientId;
        String text;
        String href;
        switch (kind) {
            case "SESSION_DUE" -> {
                text = words.sessionDue();
                href = "/patient";
            }
            case "MICRO_BREAK" -> {
                text = words.microBreak();
                href = "/patient";
            }
            case "NOTHING_LOGGED" -> {
                text = words.nothingLogged();
                href = "/patient";
            }
            case "REASSESSMENT_DUE" -> {
                text = words.reassessmentDue();
                href = "/patient/reassessment";
            }
            case "NEW_MESSAGE" -> {
                text = patient ? words.newMessageFromTherapist() : words.newMessageFromPatient();
                href = patient ? "/patient/messages"
                        : patientId == null ? "/therapist" : ofPatient + "/messages";
            }
            case "RED_FLAG_ALERT" -> {
                text = words.redFlagAlert();
                href = ofPatient;
            }
            case "ALERT_DIGEST" -> {
                text = words.alertDigest();
                href = "/therapist";
            }
            default -> {
                text = words.otherNotification();
                href = patient ? "/patient" : "/therapist";
            }
        }
        Instant at = null;
        try {
            at = n.get("createdAt") == null ? null : Instant.parse(String.valueOf(n.get("createdAt")));
        } catch (RuntimeException unreadable) {
            // shown without its time
        }
        return new Item(String.valueOf(n.get("id")), text, href, at, n.get("readAt") == null);
    }

    private static Preferences fromService(Map<String, Object> p, boolean saved) {
        Map<?, ?> hours = p.get("workHours") instanceof Map<?, ?> h ? h : Map.of();
        return new Preferences(true, Boolean.TRUE.equals(p.get("email")), text(p.get("reminderTime")),
                text(hours.get("from")), text(hours.get("to")), FormFields.NONE, saved, null);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
