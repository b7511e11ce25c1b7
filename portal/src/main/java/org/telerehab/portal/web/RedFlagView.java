package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.portal.web.StaffCodes.ReportSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One red-flag report (program-service's {@code RedFlagReportDto}) as a clinician reads it: when, from where, the flags
 * and the severity (codes the page says in its language, {@link StaffWords}), whether it is still open, who cleared it
 * when, and whether someone acted on it or it was escalated. Severity is always written out, never shown by colour
 * alone; times are instants the page shows in the user's zone ({@code {r.reportedAt.when}}).
 *
 * @param severity       EMERGENCY or REVIEW
 * @param otherFlags     codes of flags this portal has no words for (a newer intake-service): shown as they are, so a
 *                       reported flag is never left out
 * @param canAcknowledge an open emergency nobody has acknowledged yet: the therapist may say they acted on it
 */
@TemplateData
public record RedFlagView(String id, RedFlag.Severity severity, ReportSource source, Instant reportedAt,
                          List<RedFlag> flags, List<String> otherFlags, boolean open, Instant clearedAt,
                          Actor clearedBy,
                          Instant acknowledgedAt, Actor acknowledgedBy, Instant escalatedAt, boolean canAcknowledge) {

    /** Who did something: the logged-in user ("you"), a therapist known by a short id, or someone unnamed. */
    @TemplateData
    public record Actor(boolean you, String shortId) {

        static Actor of(Object id, UUID me) {
            if (id == null) {
                return new Actor(false, null);
            }
            return new Actor(me != null && me.toString().equals(id.toString()), Clinical.shortId(id));
        }
    }

    /** @param me the logged-in therapist or admin, so "you" can be said where it was them */
    public static RedFlagView of(Map<String, Object> report, UUID me) {
        boolean open = !"CLEARED".equals(report.get("state"));
        RedFlag.Severity severity = StaffCodes.code(RedFlag.Severity.class, report.get("severity"));
        return new RedFlagView(String.valueOf(report.get("id")), severity,
                StaffCodes.code(ReportSource.class, report.get("source")), Clinical.instant(report.get("reportedAt")),
                StaffCodes.codes(RedFlag.class, report.get("flags")), StaffCodes.unknown(RedFlag.class,
                report.get("flags")), open, Clinical.instant(report.get("clearedAt")),
                Actor.of(report.get("clearedBy"), me), Clinical.instant(report.get("acknowledgedAt")),
                Actor.of(report.get("acknowledgedBy"), me), Clinical.instant(report.get("escalatedAt")),
                open && severity == RedFlag.Severity.EMERGENCY && report.get("acknowledgedAt") == null);
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
        return severity == RedFlag.Severity.EMERGENCY;
    }
}
