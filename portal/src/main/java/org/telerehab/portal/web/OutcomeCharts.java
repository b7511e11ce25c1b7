package org.telerehab.portal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import org.telerehab.events.clinical.MinimalImportantChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The charts of an episode's outcomes, from progress-service's outcomes: daily pain against the baseline and the
 * band of an important improvement, the Oswestry score at each re-assessment, and sessions per week against the plan.
 * Each chart carries its figures twice: as JSON for {@code charts.js} (uPlot draws it) and as a sentence and a table,
 * the text alternative a screen reader reads and what shows without script.
 *
 * @param charts the charts worth drawing (a chart without figures is left out)
 */
@TemplateData
public record OutcomeCharts(List<Chart> charts) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /**
     * One chart.
     *
     * @param id      its element id
     * @param title   its heading
     * @param key     how to read it without colour: what each line, dash and shading means
     * @param summary the figures in one sentence
     * @param data    what charts.js draws, as JSON
     * @param columns the table's headings
     * @param rows    the table's rows, in words
     */
    @TemplateData
    public record Chart(String id, String title, String key, String summary, String data, List<String> columns,
                        List<List<String>> rows) {
    }

    @SuppressWarnings("unchecked")
    static OutcomeCharts of(Map<String, Object> outcomes) {
        Map<String, Object> baseline = (Map<String, Object>) outcomes.get("baseline");
        if (baseline == null) {
            return new OutcomeCharts(List.of());
        }
        List<Map<String, Object>> practice = list(outcomes.get("practice"));
        String from = practice.isEmpty() ? dayOf(baseline.get("at")) : String.valueOf(practice.get(0).get("from"));
        String to = practice.isEmpty() ? from : lastDay(practice.get(practice.size() - 1));
        List<Chart> charts = new ArrayList<>();
        charts.add(pain(baseline, list(outcomes.get("pain")), from, to));
        odi(baseline, list(outcomes.get("reassessments"))).ifPresent(charts::add);
        if (!practice.isEmpty()) {
            charts.add(practice(practice, outcomes.get("sessionsPerWeek")));
        }
        return new OutcomeCharts(charts);
    }

    private static Chart pain(Map<String, Object> baseline, List<Map<String, Object>> pain, String from, String to) {
        int base = ((Number) baseline.get("pain")).intValue();
        OptionalDouble band = MinimalImportantChange.painLevelReaching(base);
        List<String> dates = pain.stream().map(p -> String.valueOf(p.get("date"))).toList();
        List<Double> values = pain.stream().map(p -> ((Number) p.get("value")).doubleValue()).toList();
        String summary = pain.isEmpty()
                ? "No pain reading since the start (" + base + "/10 at the start)."
                : "Pain from " + Clinical.date(from) + " to " + Clinical.date(to) + ": " + base + "/10 at the start, "
                + Clinical.number(values.get(values.size() - 1)) + "/10 on "
                + Clinical.date(dates.get(dates.size() - 1))
                + ", lowest " + Clinical.number(values.stream().mapToDouble(Double::doubleValue).min().orElse(0))
                + "/10." + bandSentence(band, "/10");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            rows.add(List.of(Clinical.date(dates.get(i)), Clinical.number(values.get(i)) + "/10"));
        }
        return new Chart("pain-chart", "Pain over the episode",
                "Solid line with dots: the day's pain. Dashed line: pain at the start. Hatched area: an important "
                        + "improvement (2 points or 30 % less than at the start).",
                summary, json(line(dates, values, from, to, base, band, 10)), List.of("Day", "Pain"), rows);
    }

    private static Optional<Chart> odi(Map<String, Object> baseline, List<Map<String, Object>> reassessments) {
        if (!(baseline.get("odiPercent") instanceof Number base)) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(List.of("Start"));
        List<Integer> values = new ArrayList<>(List.of(base.intValue()));
        List<List<String>> rows = new ArrayList<>(List.of(List.of(Clinical.day(baseline.get("at")), "At the start",
                base.intValue() + " %")));
        String latest = "";
        for (Map<String, Object> r : reassessments) {
            if (r.get("odiPercent") instanceof Number odi) {
                latest = Clinical.day(r.get("at"));
                labels.add(SHORT_DAY.format(LocalDate.parse(dayOf(r.get("at")))));
                values.add(odi.intValue());
                rows.add(List.of(latest, "Re-assessment", odi.intValue() + " %"));
            }
        }
        if (values.size() < 2) {
            return Optional.empty();
        }
        OptionalDouble band = MinimalImportantChange.odiLevelReaching(base.intValue());
        String summary = "Disability (Oswestry) " + base.intValue() + " % at the start, "
                + values.get(values.size() - 1) + " % at the latest re-assessment (" + latest + ")."
                + bandSentence(band, " %");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "moments");
        data.put("labels", labels);
        data.put("values", values);
        data.put("baseline", base.intValue());
        data.put("band", band.isPresent() ? band.getAsDouble() : null);
        data.put("max", 100);
        return Optional.of(new Chart("odi-chart", "Disability at each re-assessment",
                "Solid line with dots: the Oswestry score at the start and at each re-assessment (0 % none, 100 %"
                        + " complete). Dashed line: the score at the start. Hatched area: an important improvement"
                        + " (10 points or 30 % less).",
                summary, json(data), List.of("Day", "Measured at", "Oswestry"), rows));
    }

    private static Chart practice(List<Map<String, Object>> weeks, Object sessionsPerWeek) {
        List<String> labels = new ArrayList<>();
        List<Integer> sessions = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Map<String, Object> w = weeks.get(i);
            int days = ((Number) w.get("days")).intValue();
            int count = ((Number) w.get("sessions")).intValue();
            labels.add("W" + (i + 1));
            sessions.add(count);
            rows.add(List.of("Week " + (i + 1) + " (from " + Clinical.date(w.get("from")) + (days < 7
                    ? ", " + days + (days == 1 ? " day" : " days") + " so far)" : ")"), String.valueOf(count)));
        }
        Integer target = sessionsPerWeek instanceof Number n ? n.intValue() : null;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bars");
        data.put("labels", labels);
        data.put("values", sessions);
        data.put("target", target);
        data.put("max", Math.max(target == null ? 0 : target, sessions.stream().mapToInt(Integer::intValue).max()
                .orElse(0)) + 1);
        String summary = "Sessions in each week of the episode" + (target == null ? "" : ", against the plan's "
                + target + " a week") + ": " + String.join(", ", sessions.stream().map(String::valueOf).toList())
                + ".";
        return new Chart("practice-chart", "Sessions each week",
                "Bars: sessions logged in the week."
                        + (target == null ? "" : " Dashed line: the plan's sessions a week."),
                summary, json(data), List.of("Week", "Sessions"), rows);
    }

    private static Map<String, Object> line(List<String> dates, List<Double> values, String from, String to,
                                            int baseline, OptionalDouble band, int max) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "line");
        data.put("dates", dates);
        data.put("values", values);
        data.put("from", from);
        data.put("to", to);
        data.put("baseline", baseline);
        data.put("band", band.isPresent() ? band.getAsDouble() : null);
        data.put("max", max);
        return data;
    }

    private static String bandSentence(OptionalDouble band, String unit) {
        return band.isPresent() ? " An important improvement is " + Clinical.number(band.getAsDouble()) + unit
                + " or less." : "";
    }

    private static String dayOf(Object instant) {
        Instant at = Clinical.instant(instant);
        return at == null ? "" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String lastDay(Map<String, Object> week) {
        return LocalDate.parse(String.valueOf(week.get("from"))).plusDays(((Number) week.get("days")).longValue() - 1)
                .toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** What charts.js draws, as JSON. */
    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }
}
