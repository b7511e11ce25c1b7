package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient's access log in words: who saw or changed what of their records, when, and an admin's stated reason.
 * Each service keeps its own trail; the page shows them together, newest first, in the page's language
 * ({@link Messages#logDid}, {@link Messages#logResource}); the template words the time in the patient's zone.
 */
public final class AccessLogView {

    /** One line of the page; {@code at} is null when a service gave no time. */
    @TemplateData
    public record Line(Instant at, String who, String did, String what, String reason) {
    }

    /**
     * The page: its lines, newest first, and the records of the services that did not answer, in words ("" when
     * every one did).
     */
    @TemplateData
    public record Page(List<Line> lines, String missing) {
    }

    /** The records each service keeps, named when that service does not answer. */
    public enum Source {
        SCREENINGS("intake service"), PLANS("program service"), PROGRESS("progress service");

        /** The service, as a log names it. */
        final String service;

        Source(String service) {
            this.service = service;
        }
    }

    /** What was done, as the services' access logs name it. */
    public enum Action {
        READ, CREATE, TAKE_INTO_CARE, CLEAR, ACKNOWLEDGE, RESOLVE
    }

    /** What of the records, as the services' access logs name it ({@code code}). */
    public enum Resource {
        SCREENING("Screening"), QUESTIONNAIRE_RESPONSE("QuestionnaireResponse"), SCREENING_LIST("ScreeningList"),
        CARE_PLAN("CarePlan"), PLAN("Plan"), CARE_PLAN_FHIR("CarePlanFhir"), RED_FLAG_HISTORY("RedFlagHistory"),
        RED_FLAG_REPORT("RedFlagReport"), ESCALATED_RED_FLAG("EscalatedRedFlag"), PROGRESS("Progress"),
        PAIN_OBSERVATIONS("PainObservations"), SESSION_LOG("SessionLog"), CHECK_IN("CheckIn"), ALERT("Alert"),
        CARE_RELATION("CareRelation"), ACCESS_LOG("AccessLog"), WORKLIST_ENTRY("WorklistEntry");

        final String code;

        Resource(String code) {
            this.code = code;
        }
    }

    private AccessLogView() {
    }

    /** The lines of every service's answer, newest first, in {@code words}; the patient's own actions are "You". */
    static List<Line> lines(UUID patient, List<List<Map<String, Object>>> answers, Messages words) {
        List<Line> lines = new ArrayList<>();
        for (List<Map<String, Object>> entries : answers) {
            for (Map<String, Object> e : entries) {
                lines.add(new Line(Clinical.instant(e.get("at")), who(patient, e, words), did(e, words),
                        what(e, words), e.get("reason") == null ? null : String.valueOf(e.get("reason"))));
            }
        }
        lines.sort(Comparator.comparing(Line::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return lines;
    }

    static String who(UUID patient, Map<String, Object> e, Messages words) {
        if (patient.toString().equals(e.get("actorId"))) {
            return words.logYou();
        }
        String id = Clinical.shortId(e.get("actorId"));
        return switch (String.valueOf(e.get("actorRole"))) {
            case "therapist" -> words.logTherapist(id);
            case "admin" -> words.logAdmin(id);
            default -> words.logSomeoneElse(id);
        };
    }

    static String did(Map<String, Object> e, Messages words) {
        String action = String.valueOf(e.get("action"));
        return Arrays.stream(Action.values()).filter(a -> a.name().equals(action)).findFirst().map(words::logDid)
                .orElse(action.toLowerCase().replace('_', ' '));
    }

    static String what(Map<String, Object> e, Messages words) {
        String type = String.valueOf(e.get("resourceType"));
        return Arrays.stream(Resource.values()).filter(r -> r.code.equals(type)).findFirst().map(words::logResource)
                .orElse(type);
    }
}
