package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.AlertType;
import org.telerehab.portal.client.Api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A patient's progress as progress-service answers it, built once from its answer and read by the patient's
 * "My progress" ({@code fragments/progress}) and by the therapist's page of the patient: numbers in words ("3.5",
 * "67%", "-" when unknown), the open alerts as {@link AlertType} codes with the instant each was raised, and the
 * episode's charts ({@code fragments/outcome-charts}), worded for the page that shows them.
 *
 * @param baseline       the pain at screening, out of 10
 * @param latest         the latest pain reported
 * @param average        the average pain of the last 7 days
 * @param change         the pain's change since the baseline
 * @param mcid           whether the change is a minimal clinically important difference
 * @param adherence7d    the sessions of the last 7 days, as a share of the plan's
 * @param adherence28d   the sessions of the last 28 days, as a share of the plan's
 * @param sessionsLogged how many sessions the patient logged
 * @param alerts         the alerts open (a type this portal does not know is left out)
 * @param monitoringDays the days the patient has been monitored (the therapist's page asks); null when not asked
 * @param charts         the episode's charts; null when progress-service could not give them
 * @param chartsProblem  why the charts could not be given
 */
@TemplateData
public record ProgressView(String baseline, String latest, String average, String change, boolean mcid,
                           String adherence7d, String adherence28d, Object sessionsLogged, List<Alert> alerts,
                           Object monitoringDays, OutcomeCharts charts, Api.Problem chartsProblem) {

    /** An open alert: its type and when it was raised (worded in the reader's zone by the page). */
    @TemplateData
    public record Alert(AlertType type, Instant raisedAt) {
    }

    /**
     * Progress-service's answer ({@code /progress/{patient}}), the patient's monitoring days ({@code days} of its
     * monitoring answer; null when not asked) and the episode's charts, or why they could not be given.
     */
    static ProgressView of(Map<String, Object> p, Object monitoringDays, OutcomeCharts charts,
                           Api.Problem chartsProblem) {
        return new ProgressView(Clinical.number(p.get("baselinePain")), Clinical.number(p.get("latestPain")),
                Clinical.number(p.get("averagePain7d")), Clinical.number(p.get("painChange")),
                Boolean.TRUE.equals(p.get("mcidReached")), Clinical.percent(p.get("adherence7d")),
                Clinical.percent(p.get("adherence28d")), p.get("sessionsLogged"), alerts(p.get("openAlerts")),
                monitoringDays, charts, chartsProblem);
    }

    private static List<Alert> alerts(Object alerts) {
        List<Alert> out = new ArrayList<>();
        if (alerts instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> a) {
                    AlertType type = ScreeningResultView.code(AlertType.class, a.get("type"));
                    if (type != null) {
                        out.add(new Alert(type, Clinical.instant(a.get("raisedAt"))));
                    }
                }
            }
        }
        return out;
    }
}
