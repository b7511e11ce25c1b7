package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinic's results over episodes of care, from progress-service's outcomes summary, in words and charts: how many
 * episodes reached an important improvement at weeks 6 and 12 and at their latest re-assessment, the median change,
 * and the same split by pain type and by STarT Back risk.
 *
 * @param facts  the headline figures, label to value
 * @param charts the charts (bars of shares, drawn by charts.js, each with its sentence and table)
 * @param splits a table per split (pain type, risk): one row per group
 */
@TemplateData
public record ClinicResults(Map<String, String> facts, List<OutcomeCharts.Chart> charts, List<Split> splits) {

    /** One split of the episodes, as a table. */
    @TemplateData
    public record Split(String title, List<List<String>> rows) {
    }

    static final List<String> SPLIT_COLUMNS = List.of("Group", "Episodes", "Re-assessed", "Pain improved importantly",
            "Disability improved importantly", "Median pain change");

    /** The headings of every split's table. */
    public List<String> columns() {
        return SPLIT_COLUMNS;
    }

    @SuppressWarnings("unchecked")
    static ClinicResults of(Map<String, Object> summary) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Episodes of care", String.valueOf(summary.get("episodes")));
        facts.put("Discharged", String.valueOf(summary.get("discharged")));
        facts.put("Re-assessed at least once", String.valueOf(summary.get("assessed")));
        facts.put("Pain improved importantly (latest)", share(summary.get("painMcidShare")));
        facts.put("Disability improved importantly (latest)", share(summary.get("odiMcidShare")));
        facts.put("Median pain change (latest)", points(summary.get("medianPainChange")));

        Map<String, Object> week6 = map(summary.get("atWeek6"));
        Map<String, Object> week12 = map(summary.get("atWeek12"));
        List<OutcomeCharts.Chart> charts = List.of(
                shares("pain-mcid-chart", "Episodes with an important improvement in pain",
                        List.of("Week 6", "Week 12", "Latest"),
                        Arrays.asList(week6.get("painMcidShare"), week12.get("painMcidShare"),
                                summary.get("painMcidShare")),
                        Arrays.asList(week6.get("assessed"), week12.get("assessed"), summary.get("assessed"))),
                shares("odi-mcid-chart", "Episodes with an important improvement in disability",
                        List.of("Week 6", "Week 12", "Latest"),
                        Arrays.asList(week6.get("odiMcidShare"), week12.get("odiMcidShare"),
                                summary.get("odiMcidShare")),
                        Arrays.asList(week6.get("assessed"), week12.get("assessed"), summary.get("assessed"))));
        List<Split> splits = List.of(
                split("By pain type", map(summary.get("byPainType")), Clinical.REGIONS),
                split("By STarT Back risk", map(summary.get("byRisk")), Map.of("LOW", "Low risk", "MEDIUM",
                        "Medium risk", "HIGH", "High risk")));
        return new ClinicResults(facts, charts, splits);
    }

    /** Bars of shares (0-1, null where nothing was measured) in percent, each with how many it was measured over. */
    private static OutcomeCharts.Chart shares(String id, String title, List<String> labels, List<Object> shares,
                                              List<Object> over) {
        List<Integer> percents = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer percent = shares.get(i) instanceof Number n ? (int) Math.round(n.doubleValue() * 100) : null;
            percents.add(percent);
            String share = share(shares.get(i));
            rows.add(List.of(labels.get(i), share, String.valueOf(over.get(i) == null ? 0 : over.get(i))));
            words.add(labels.get(i).toLowerCase(Locale.ROOT) + " " + share);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bars");
        data.put("labels", labels);
        data.put("values", percents);
        data.put("target", null);
        data.put("max", 100);
        return new OutcomeCharts.Chart(id, title, "Bars: the share of the episodes re-assessed then, 0 to 100 %;"
                + " a missing bar: none re-assessed.", title + ": " + String.join(", ", words) + ".",
                OutcomeCharts.json(data),
                List.of("When", "Share", "Episodes re-assessed"), rows);
    }

    private static Split split(String title, Map<String, Object> groups, Map<String, String> words) {
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((code, value) -> {
            Map<String, Object> f = map(value);
            rows.add(List.of(words.getOrDefault(code, code), String.valueOf(f.get("episodes")),
                    String.valueOf(f.get("assessed")), share(f.get("painMcidShare")), share(f.get("odiMcidShare")),
                    points(f.get("medianPainChange"))));
        });
        return new Split(title, rows);
    }

    /** A share 0-1 in words: "67 %", or "none re-assessed" when nothing could be measured. */
    static String share(Object value) {
        return value instanceof Number n ? Math.round(n.doubleValue() * 100) + " %" : "none re-assessed";
    }

    private static String points(Object value) {
        if (!(value instanceof Number n)) {
            return "none re-assessed";
        }
        String figure = Clinical.number(Math.abs(n.doubleValue()));
        String unit = "1".equals(figure) ? " point" : " points";
        return n.doubleValue() > 0 ? figure + unit + " better" : n.doubleValue() < 0 ? figure + unit + " worse"
                : "no change";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
