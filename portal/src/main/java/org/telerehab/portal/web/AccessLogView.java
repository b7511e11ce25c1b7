package org.telerehab.portal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient's access log in words: who saw or changed what of their records, when, and an admin's stated reason.
 * Each service keeps its own trail; the page shows them together, newest first.
 */
final class AccessLogView {

    /** One line of the page. */
    record Line(Instant at, String when, String who, String did, String what, String reason) {
    }

    private static final Map<String, String> DID = Map.of(
            "READ", "viewed", "CREATE", "added", "TAKE_INTO_CARE", "took you into their care for",
            "CLEAR", "cleared", "ACKNOWLEDGE", "acted on", "RESOLVE", "dealt with");

    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("Screening", "a screening"), Map.entry("QuestionnaireResponse", "a screening (export)"),
            Map.entry("ScreeningList", "your screenings"), Map.entry("CarePlan", "your plan"),
            Map.entry("Plan", "your plan"), Map.entry("CarePlanFhir", "your plan (export)"),
            Map.entry("RedFlagHistory", "your warning signs"), Map.entry("RedFlagReport", "a warning sign you reported"),
            Map.entry("EscalatedRedFlag", "a warning sign nobody had acted on"), Map.entry("Progress", "your progress"),
            Map.entry("PainObservations", "your pain readings (export)"), Map.entry("SessionLog", "a session log"),
            Map.entry("CheckIn", "a check-in"), Map.entry("Alert", "an alert about you"),
            Map.entry("CareRelation", "your records"), Map.entry("AccessLog", "this list"),
            Map.entry("WorklistEntry", "your place on the worklist"));

    private AccessLogView() {
    }

    /** The lines of every service's answer, newest first; the patient's own actions are "You". */
    static List<Line> lines(UUID patient, List<List<Map<String, Object>>> answers) {
        List<Line> lines = new ArrayList<>();
        for (List<Map<String, Object>> entries : answers) {
            for (Map<String, Object> e : entries) {
                Instant at = Clinical.instant(e.get("at"));
                lines.add(new Line(at, Clinical.when(e.get("at")), who(patient, e), did(e), what(e),
                        e.get("reason") == null ? null : String.valueOf(e.get("reason"))));
            }
        }
        lines.sort(Comparator.comparing(Line::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return lines;
    }

    static String who(UUID patient, Map<String, Object> e) {
        if (patient.toString().equals(e.get("actorId"))) {
            return "You";
        }
        String id = Clinical.shortId(e.get("actorId"));
        return switch (String.valueOf(e.get("actorRole"))) {
            case "therapist" -> "Therapist " + id;
            case "admin" -> "Clinic administrator " + id;
            default -> "Someone else (" + id + ")";
        };
    }

    static String did(Map<String, Object> e) {
        String action = String.valueOf(e.get("action"));
        return DID.getOrDefault(action, action.toLowerCase().replace('_', ' '));
    }

    static String what(Map<String, Object> e) {
        String type = String.valueOf(e.get("resourceType"));
        return WHAT.getOrDefault(type, type);
    }
}
