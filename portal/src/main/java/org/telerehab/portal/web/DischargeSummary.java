package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RiskLevel;

import java.util.List;
import java.util.Map;

/**
 * What a discharge summary says, read from progress-service's outcomes and progress: the episode's baseline, its last
 * re-assessment and the change between them, practice, and the alerts raised. Words and figures only, in one
 * language and with days in one time zone, for the page and its PDF alike.
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
@TemplateData
public record DischargeSummary(String patient, String from, String to, Measures baseline, Measures last,
                               List<String> changes, String adherence, List<AlertLine> alerts) {

    /** One measurement's figures, as shown. */
    @TemplateData
    public record Measures(String when, String pain, String odi, String startBack) {
    }

    @TemplateData
    public record AlertLine(String label, String raised, String resolved) {
    }

    /** The summary in {@code words}' (and {@code codes}') language, its days in {@code time}'s zone and language. */
    @SuppressWarnings("unchecked")
    static DischargeSummary of(String patient, Map<String, Object> outcomes, Map<String, Object> progress,
                               StaffMessages words, StaffCodeWords codes, UserTime.Words time) {
        Map<String, Object> b = (Map<String, Object>) outcomes.get("baseline");
        List<Map<String, Object>> reassessments = (List<Map<String, Object>>) outcomes.getOrDefault("reassessments",
                List.of());
        Map<String, Object> r = reassessments.isEmpty() ? null : reassessments.get(reassessments.size() - 1);
        Measures baseline = b == null ? null : new Measures(time.day(b.get("at")), b.get("pain") + "/10",
                percent(b.get("odiPercent"), words), startBack(b.get("startBackTotal"), b.get("risk"), words, codes));
        Measures last = r == null ? null : new Measures(time.day(r.get("at")), r.get("painAverageWeek") + "/10",
                percent(r.get("odiPercent"), words), startBack(r.get("startBackTotal"), r.get("risk"), words, codes));
        List<String> changes = r == null ? List.of() : changes(r, words);
        Object adherence28d = progress == null ? null : progress.get("adherence28d");
        String practice = adherence28d instanceof Number n
                ? words.practiceLine(Math.round(n.doubleValue() * 100), String.valueOf(progress.get("sessionsLogged")))
                : words.noPlanFigures();
        List<AlertLine> alerts = ((List<Map<String, Object>>) outcomes.getOrDefault("alerts", List.of())).stream()
                .map(a -> new AlertLine(alert(a.get("type"), codes), time.day(a.get("raisedAt")),
                        a.get("resolvedAt") == null ? words.stillOpen()
                                : words.resolvedOn(time.day(a.get("resolvedAt"))))).toList();
        Object discharged = outcomes.get("dischargedAt");
        return new DischargeSummary(patient, b == null ? "" : time.day(b.get("at")),
                discharged == null ? words.stillRunning() : time.day(discharged), baseline, last, changes, practice,
                alerts);
    }

    /** Pain and ODI change against the baseline, and whether each reached a minimal important change. */
    static List<String> changes(Map<String, Object> r, StaffMessages words) {
        int pain = ((Number) r.get("painPoints")).intValue();
        String painLine = words.changeAgainstBaseline(words.pain(), signed(pain, words),
                Boolean.TRUE.equals(r.get("painMcid")));
        if (!(r.get("odiPoints") instanceof Number odi)) {
            return List.of(painLine, words.odiNotCompared());
        }
        return List.of(painLine, words.changeAgainstBaseline(words.oswestry(), signed(odi.intValue(), words),
                Boolean.TRUE.equals(r.get("odiMcid"))));
    }

    /** An improvement is positive: "3 points better", "2 points worse", "no change". */
    private static String signed(int points, StaffMessages words) {
        return points > 0 ? words.pointsBetter(points) : points < 0 ? words.pointsWorse(-points) : words.noChange();
    }

    private static String percent(Object odi, StaffMessages words) {
        return odi instanceof Number n ? n.intValue() + " %" : words.notScored();
    }

    private static String startBack(Object total, Object risk, StaffMessages words, StaffCodeWords codes) {
        RiskLevel level = StaffCodes.code(RiskLevel.class, risk);
        return total == null ? words.notKnown() : words.startBackScore(total, level == null ? null : codes.risk(level));
    }

    private static String alert(Object type, StaffCodeWords words) {
        AlertType known = StaffCodes.code(AlertType.class, type);
        return known == null ? String.valueOf(type) : words.alert(known);
    }
}
