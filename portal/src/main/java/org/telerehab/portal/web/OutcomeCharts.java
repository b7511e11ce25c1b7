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

    /** Staff pages' charts: in English, days in UTC as before (their pages are not translated yet). */
    private static final UserTime.Words ENGLISH_UTC = new UserTime.Words(Locale.UK, ZoneOffset.UTC);

    /** The charts in English, their days in UTC (a therapist's view). */
    static OutcomeCharts of(Map<String, Object> outcomes) {
        return of(outcomes, PortalLanguage.charts("en"), ENGLISH_UTC);
    }

    /** The charts in {@code words}, their days worded by {@code time} (a patient's: the page's language). */
    @SuppressWarnings("unchecked")
    static OutcomeCharts of(Map<String, Object> outcomes, ChartWords words, UserTime.Words time) {
        Map<String, Object> baseline = (Map<String, Object>) outcomes.get("baseline");
        if (baseline == null) {
            return new OutcomeCharts(List.of());
        }
        Wording w = new Wording(words, time);
        List<Map<String, Object>> practice = list(outcomes.get("practice"));
        String from = practice.isEmpty() ? dayOf(baseline.get("at")) : String.valueOf(practice.get(0).get("from"));
        String to = practice.isEmpty() ? from : lastDay(practice.get(practice.size() - 1));
        List<Chart> charts = new ArrayList<>();
        charts.add(pain(w, baseline, list(outcomes.get("pain")), from, to));
        odi(w, baseline, list(outcomes.get("reassessments"))).ifPresent(charts::add);
        if (!practice.isEmpty()) {
            charts.add(practice(w, practice, outcomes.get("sessionsPerWeek")));
        }
        return new OutcomeCharts(charts);
    }

    /** The words of one page's charts and how its days are written. */
    private record Wording(ChartWords words, UserTime.Words time) {

        /** A service's date ("2026-11-14") as the page writes a day. */
        String date(Object isoDate) {
            return time.date(isoDate);
        }

        /** The day of a service's instant. */
        String day(Object instant) {
            return time.day(instant);
        }

        /** A chart's short label for the day of a service's instant ("14 Nov"). */
        String shortDay(Object instant) {
            return DateTimeFormatter.ofPattern("d MMM", time.locale())
                    .format(LocalDate.ofInstant(Clinical.instant(instant), time.zone()));
        }
    }

    private static Chart pain(Wording w, Map<String, Object> baseline, List<Map<String, Object>> pain, String from,
                              String to) {
        int base = ((Number) baseline.get("pain")).intValue();
        OptionalDouble band = MinimalImportantChange.painLevelReaching(base);
        List<String> dates = pain.stream().map(p -> String.valueOf(p.get("date"))).toList();
        List<Double> values = pain.stream().map(p -> ((Number) p.get("value")).doubleValue()).toList();
        String summary = pain.isEmpty() ? w.words().chartPainNone(base)
                : w.words().chartPainSummary(w.date(from), w.date(to), base,
                Clinical.number(values.get(values.size() - 1)), w.date(dates.get(dates.size() - 1)),
                Clinical.number(values.stream().mapToDouble(Double::doubleValue).min().orElse(0)))
                + (band.isPresent() ? " " + w.words().chartPainBand(Clinical.number(band.getAsDouble())) : "");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            rows.add(List.of(w.date(dates.get(i)), Clinical.number(values.get(i)) + "/10"));
        }
        return new Chart("pain-chart", w.words().chartPainTitle(), w.words().chartPainKey(), summary,
                json(line(dates, values, from, to, base, band, 10)),
                List.of(w.words().chartDay(), w.words().chartPain()), rows);
    }

    private static Optional<Chart> odi(Wording w, Map<String, Object> baseline,
                                       List<Map<String, Object>> reassessments) {
        if (!(baseline.get("odiPercent") instanceof Number base)) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(List.of(w.words().chartStart()));
        List<Integer> values = new ArrayList<>(List.of(base.intValue()));
        List<List<String>> rows = new ArrayList<>(List.of(List.of(w.day(baseline.get("at")),
                w.words().chartAtTheStart(), base.intValue() + " %")));
        String latest = "";
        for (Map<String, Object> r : reassessments) {
            if (r.get("odiPercent") instanceof Number odi) {
                latest = w.day(r.get("at"));
                labels.add(w.shortDay(r.get("at")));
                values.add(odi.intValue());
                rows.add(List.of(latest, w.words().chartReassessment(), odi.intValue() + " %"));
            }
        }
        if (values.size() < 2) {
            return Optional.empty();
        }
        OptionalDouble band = MinimalImportantChange.odiLevelReaching(base.intValue());
        String summary = w.words().chartOdiSummary(base.intValue(), values.get(values.size() - 1), latest)
                + (band.isPresent() ? " " + w.words().chartOdiBand(Clinical.number(band.getAsDouble())) : "");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "moments");
        data.put("labels", labels);
        data.put("values", values);
        data.put("baseline", base.intValue());
        data.put("band", band.isPresent() ? band.getAsDouble() : null);
        data.put("max", 100);
        return Optional.of(new Chart("odi-chart", w.words().chartOdiTitle(), w.words().chartOdiKey(), summary,
                json(data), List.of(w.words().chartDay(), w.words().chartMeasuredAt(), w.words().chartOswestry()),
                rows));
    }

    private static Chart practice(Wording w, List<Map<String, Object>> weeks, Object sessionsPerWeek) {
        List<String> labels = new ArrayList<>();
        List<Integer> sessions = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Map<String, Object> week = weeks.get(i);
            int days = ((Number) week.get("days")).intValue();
            int count = ((Number) week.get("sessions")).intValue();
            labels.add(w.words().chartWeekShort(i + 1));
            sessions.add(count);
            String from = w.date(week.get("from"));
            rows.add(List.of(days < 7 ? w.words().chartWeekSoFar(i + 1, from, days) : w.words().chartWeek(i + 1, from),
                    String.valueOf(count)));
        }
        Integer target = sessionsPerWeek instanceof Number n ? n.intValue() : null;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bars");
        data.put("labels", labels);
        data.put("values", sessions);
        data.put("target", target);
        data.put("max", Math.max(target == null ? 0 : target, sessions.stream().mapToInt(Integer::intValue).max()
                .orElse(0)) + 1);
        String counts = String.join(", ", sessions.stream().map(String::valueOf).toList());
        String summary = target == null ? w.words().chartPracticeSummary(counts)
                : w.words().chartPracticeSummaryWithTarget(target, counts);
        return new Chart("practice-chart", w.words().chartPracticeTitle(),
                target == null ? w.words().chartPracticeKey() : w.words().chartPracticeKeyWithTarget(),
                summary, json(data), List.of(w.words().chartWeekHeading(), w.words().chartSessions()), rows);
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
