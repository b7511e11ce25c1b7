package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One red-flag report (program-service's {@code RedFlagReportDto}) as a clinician reads it: when, from where, the flags
 * and the severity in words, whether it is still open, who cleared it when, and whether someone acted on it or it
 * was escalated. Severity is always written out, never shown by colour alone.
 *
 * @param severity       EMERGENCY or REVIEW (for the style; {@code severityLabel} says it in words)
 * @param canAcknowledge an open emergency nobody has acknowledged yet: the therapist may say they acted on it
 */
@TemplateData
public record RedFlagView(String id, String severity, String severityLabel, String source, String reported,
                          List<String> flags, boolean open, String state, String acknowledged, String escalated,
                          boolean canAcknowledge) {

    /** @param me the logged-in therapist or admin, so "you" can be said where it was them */
    public static RedFlagView of(Map<String, Object> report, UUID me) {
        boolean open = !"CLEARED".equals(report.get("state"));
        String severity = String.valueOf(report.get("severity"));
        String state = open
                ? "Open: new plans wait for a clearance"
                : "Cleared by " + who(report.get("clearedBy"), me) + " on " + Clinical.when(report.get("clearedAt"));
        String acknowledged = report.get("acknowledgedAt") == null ? null
                : "Acted on by " + who(report.get("acknowledgedBy"), me) + " on "
                + Clinical.when(report.get("acknowledgedAt"));
        String escalated = report.get("escalatedAt") == null ? null
                : "Escalated to the clinic's admins on " + Clinical.when(report.get("escalatedAt"))
                + " (nobody had acted on it)";
        return new RedFlagView(String.valueOf(report.get("id")), severity,
                Clinical.label(Clinical.SEVERITIES, severity),
                Clinical.label(Clinical.REPORT_SOURCES, report.get("source")),
                Clinical.when(report.get("reportedAt")),
                Clinical.labels(Clinical.CLINICAL_FLAGS, report.get("flags")), open, state, acknowledged, escalated,
                open && "EMERGENCY".equals(severity) && report.get("acknowledgedAt") == null);
    }

    public static List<RedFlagView> all(Object reports, UUID me) {
        List<RedFlagView> views = new ArrayList<>();
        if (reports instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> report = (Map<String, Object>) m;
                    views.add(of(report, me));
                }
            }
        }
        return views;
    }

    public boolean emergency() {
        return "EMERGENCY".equals(severity);
    }

    public String flagsText() {
        return String.join("; ", flags);
    }

    private static String who(Object id, UUID me) {
        if (id == null) {
            return "a therapist";
        }
        return me != null && me.toString().equals(id.toString()) ? "you" : "therapist " + Clinical.shortId(id);
    }
}
