package org.telerehab.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a discharge summary says, read from progress-service's outcomes and progress: the episode's baseline, its last
 * re-assessment and the change between them, practice, and the alerts raised. Words and figures only, for the page and
 * its PDF alike.
 *
 * @param patient      the patient's name (or short id)
 * @param from         the day the episode began (its baseline screening)
 * @param to           the day it ended, or "still running"
 * @param baseline     the baseline's measures
 * @param last         the last re-assessment's measures, null when there was none
 * @param changes      the change in words, one line per measure (empty without a re-assessment)
 * @param adherence    practice over the last 28 days of the plan, in words
 * @param alerts       each alert raised during the episode
 */
public record DischargeSummary(String patient, String from, String to, Measures baseline, Measures last,
                               List<String> changes, String adherence, List<AlertLine> alerts) {

    /** One measurement's figures, as shown. */
    public record Measures(String when, String pain, String odi, String startBack) {
    }

    public record AlertLine(String label, String raised, String resolved) {
    }

    @SuppressWarnings("unchecked")
    static DischargeSummary of(String patient, Map<String, Object> outcomes, Map<String, Object> progress) {
        Map<String, Object> b = (Map<String, Object>) outcomes.get("baseline");
        List<Map<String, Object>> reassessments = (List<Map<String, Object>>) outcomes.getOrDefault("reassessments",
                List.of());
        Map<String, Object> r = reassessments.isEmpty() ? null : reassessments.get(reassessments.size() - 1);
        Measures baseline = b == null ? null : new Measures(Clinical.day(b.get("at")), b.get("pain") + "/10",
                percent(b.get("odiPercent")), startBack(b.get("startBackTotal"), b.get("risk")));
        Measures last = r == null ? null : new Measures(Clinical.day(r.get("at")), r.get("painAverageWeek") + "/10",
                percent(r.get("odiPercent")), startBack(r.get("startBackTotal"), r.get("risk")));
        List<String> changes = r == null ? List.of() : changes(r);
        Object adherence28d = progress == null ? null : progress.get("adherence28d");
        String practice = adherence28d instanceof Number n
                ? Math.round(n.doubleValue() * 100) + " % of the prescribed sessions in the last 28 days ("
                + progress.get("sessionsLogged") + " sessions logged in all)"
                : "No plan figures";
        List<AlertLine> alerts = ((List<Map<String, Object>>) outcomes.getOrDefault("alerts", List.of())).stream()
                .map(a -> new AlertLine(Clinical.label(Clinical.ALERTS, a.get("type")), Clinical.day(a.get("raisedAt")),
                        a.get("resolvedAt") == null ? "still open" : "resolved " + Clinical.day(a.get("resolvedAt"))))
                .toList();
        Object discharged = outcomes.get("dischargedAt");
        return new DischargeSummary(patient, b == null ? "" : Clinical.day(b.get("at")),
                discharged == null ? "still running" : Clinical.day(discharged), baseline, last, changes, practice,
                alerts);
    }

    /** Pain and ODI change against the baseline, and whether each reached a minimal important change. */
    static List<String> changes(Map<String, Object> r) {
        int pain = ((Number) r.get("painPoints")).intValue();
        String painLine = "Pain: " + signed(pain) + " against the baseline ("
                + (Boolean.TRUE.equals(r.get("painMcid")) ? "a minimal important change" : "not a minimal important "
                + "change") + ")";
        if (!(r.get("odiPoints") instanceof Number odi)) {
            return List.of(painLine, "Oswestry: not compared (not scored at both)");
        }
        return List.of(painLine, "Oswestry: " + signed(odi.intValue()) + " against the baseline ("
                + (Boolean.TRUE.equals(r.get("odiMcid")) ? "a minimal important change" : "not a minimal important "
                + "change") + ")");
    }

    /** An improvement is positive: "3 points better", "2 points worse", "no change". */
    private static String signed(int points) {
        String unit = Math.abs(points) == 1 ? " point" : " points";
        return points > 0 ? points + unit + " better" : points < 0 ? -points + unit + " worse" : "no change";
    }

    private static String percent(Object odi) {
        return odi instanceof Number n ? n.intValue() + " %" : "not scored";
    }

    private static String startBack(Object total, Object risk) {
        String level = risk == null ? "" : ", " + risk.toString().toLowerCase(Locale.ROOT) + " risk";
        return total == null ? "not known" : total + "/9" + level;
    }
}
