package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.EngagementClient;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A thread of messages between a patient and the therapist caring for them (engagement-service): the patient's
 * {@code /patient/messages}, the therapist's {@code /therapist/patients/{id}/messages}. Oldest first, the newest at the
 * bottom like a chat, above the box to write in; new ones appear live through the proxied stream
 * ({@link PatientMessagesResource}, {@link TherapistMessagesResource}) and {@code static/messages.js}, or on reload
 * without JavaScript.
 */
@RequestScoped
public class MessageThreads {

    static final String TEMPLATE = "engagement/messages";
    static final int MAX_TEXT = 4000;

    @Inject
    Views views;

    @Inject
    PortalLanguage language;

    @Inject
    PatientNames names;

    @Inject
    UserTime time;

    @Inject
    @RestClient
    EngagementClient engagement;

    @CheckedTemplate(basePath = "engagement", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance messages(MessagesView page);
    }

    /**
     * The thread.
     *
     * @param patientName  the patient's name (a therapist's page), else null
     * @param therapist    whether the reader is the therapist
     * @param items        oldest first
     * @param older        the cursor of older messages, or null
     * @param forbidden    whether the service refused the reader (a therapist not caring for the patient)
     * @param unavailable  whether the service did not answer
     * @param sent         whether the page follows a message sent
     * @param typed        what was typed, when sending it was refused
     * @param error        the service's refusal of the text, at the field
     * @param problem      any other refusal
     * @param base         the thread's address (the form posts to it, the stream is under it)
     * @param zone         the reader's time zone, for the times of messages arriving live
     * @param other        who the other writer is, in the reader's words
     * @param announce     what a screen reader is told when a message arrives live
     */
    @TemplateData
    public record MessagesView(String patientName, boolean therapist, List<Message> items, String older,
                               boolean forbidden, boolean unavailable, boolean sent, String typed, String error,
                               Api.Problem problem, String base, String zone, String other,
                               String announce) {
        public int maxText() {
            return MAX_TEXT;
        }

        /** The therapist's page of the patient. */
        public String back() {
            return base.substring(0, base.length() - "/messages".length());
        }
    }

    /** One message: who wrote it in the reader's words, whether the reader did, its text as written, and when. */
    @TemplateData
    public record Message(String id, String who, boolean mine, String text, Instant createdAt) {
    }

    static String base(UUID patientId, boolean therapist) {
        return therapist ? "/therapist/patients/" + patientId + "/messages" : "/patient/messages";
    }

    Object write(UUID patientId, boolean therapist, MultivaluedMap<String, String> posted) {
        String text = posted == null ? null : posted.getFirst("text");
        Api.Result result = Api.call("engagement service",
                () -> engagement.write(patientId, Map.of("text", text == null ? "" : text)));
        if (result.ok()) {
            return Response.seeOther(URI.create(base(patientId, therapist) + "?sent=true#message")).build();
        }
        return thread(patientId, therapist, null, false, text, result.problem());
    }

    TemplateInstance thread(UUID patientId, boolean therapist, String before, boolean sent, String typed,
                            Api.Problem refused) {
        EngagementMessages words = PortalLanguage.engage(language.tagFor(TEMPLATE));
        Api.Result result = Api.call("engagement service", () -> engagement.messages(patientId, blank(before)));
        List<Message> items = new ArrayList<>();
        for (Object o : result.map().get("items") instanceof List<?> l ? l : List.of()) {
            if (o instanceof Map<?, ?> m) {
                items.add(message(m, therapist, words));
            }
        }
        Collections.reverse(items); // the service answers newest first; the page reads like a chat
        boolean forbidden = result.problem() != null && (result.problem().status() == 403
                || result.problem().status() == 404 && therapist);
        boolean unavailable = result.problem() != null && !forbidden;
        String error = null;
        Api.Problem problem = refused;
        if (refused != null) {
            Object atText = FormFields.errors(refused).get("text");
            error = atText == null ? null : String.valueOf(atText);
            forbidden |= refused.status() == 403;
        }
        String older = result.map().get("next") == null ? null : String.valueOf(result.map().get("next"));
        String name = therapist && !forbidden ? names.of(patientId) : null;
        String current = therapist ? "/therapist" : "/patient/messages";
        String other = therapist ? words.fromThePatient() : words.fromYourTherapist();
        return views.page(Templates.messages(new MessagesView(name, therapist, items, older, forbidden, unavailable,
                sent && result.ok(), typed, error, problem, base(patientId, therapist), time.zone().getId(), other,
                therapist ? words.newMessageFromPatient() : words.newMessageFromTherapist())), current);
    }

    static Message message(Map<?, ?> m, boolean therapistReads, EngagementMessages words) {
        boolean byTherapist = "THERAPIST".equals(String.valueOf(m.get("authorRole")));
        boolean mine = byTherapist == therapistReads;
        String who = mine ? words.fromYou() : byTherapist ? words.fromYourTherapist() : words.fromThePatient();
        Instant at = null;
        try {
            at = m.get("createdAt") == null ? null : Instant.parse(String.valueOf(m.get("createdAt")));
        } catch (RuntimeException unreadable) {
            // shown without its time
        }
        return new Message(String.valueOf(m.get("id")), who, mine, m.get("text") == null ? "" : String.valueOf(
                m.get("text")), at);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
