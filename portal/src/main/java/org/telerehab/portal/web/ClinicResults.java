package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

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
 * @param facts   the headline figures, in order
 * @param charts the charts (bars of shares, drawn by charts.js, each with its sentence and table)
 * @param splits  a table per split (pain type, risk): one row per group
 * @param columns the headings of every split's table
 */
@TemplateData
public record ClinicResults(List<Fact> facts, List<OutcomeCharts.Chart> charts, List<Split> splits,
                            List<String> columns) {

    /** A headline figure: its label and its value, both in words. */
    @TemplateData
    public record Fact(String label, String value) {
    }

    /** One split of the episodes, as a table. */
    @TemplateData
    public record Split(String title, List<List<String>> rows) {
    }

    /** The summary in the words of {@code tag} (en, es, fr, ar). */
    static ClinicResults of(Map<String, Object> summary, String tag) {
        LibraryMessages w = PortalLanguage.library(tag);
        StaffCodeWords codes = StaffWords.codesIn(tag);
        Locale locale = Locale.forLanguageTag(tag);
        List<Fact> facts = List.of(
                new Fact(w.resultsEpisodesOfCare(), String.valueOf(summary.get("episodes"))),
                new Fact(w.resultsDischarged(), String.valueOf(summary.get("discharged"))),
                new Fact(w.resultsAssessedOnce(), String.valueOf(summary.get("assessed"))),
                new Fact(w.resultsPainLatest(), share(summary.get("painMcidShare"), w)),
                new Fact(w.resultsOdiLatest(), share(summary.get("odiMcidShare"), w)),
                new Fact(w.resultsMedianLatest(), points(summary.get("medianPainChange"), w)));

        Map<String, Object> week6 = map(summary.get("atWeek6"));
        Map<String, Object> week12 = map(summary.get("atWeek12"));
        List<String> when = List.of(w.resultsWeek6(), w.resultsWeek12(), w.resultsLatest());
        String separator = PortalLanguage.rightToLeft(tag) ? "، " : ", ";
        List<OutcomeCharts.Chart> charts = List.of(
                shares("pain-mcid-chart", w.resultsPainChartTitle(), when,
                        Arrays.asList(week6.get("painMcidShare"), week12.get("painMcidShare"),
                                summary.get("painMcidShare")),
                        Arrays.asList(week6.get("assessed"), week12.get("assessed"), summary.get("assessed")),
                        w, locale, separator),
                shares("odi-mcid-chart", w.resultsOdiChartTitle(), when,
                        Arrays.asList(week6.get("odiMcidShare"), week12.get("odiMcidShare"),
                                summary.get("odiMcidShare")),
                        Arrays.asList(week6.get("assessed"), week12.get("assessed"), summary.get("assessed")),
                        w, locale, separator));
        Map<String, String> regions = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            regions.put(region.name(), codes.region(region));
        }
        Map<String, String> risks = new LinkedHashMap<>();
        for (RiskLevel risk : RiskLevel.values()) {
            String group = w.resultsRiskGroup(codes.risk(risk));
            risks.put(risk.name(), group.substring(0, 1).toUpperCase(locale) + group.substring(1));
        }
        List<Split> splits = List.of(
                split(w.resultsByPainType(), map(summary.get("byPainType")), regions, w),
                split(w.resultsByRisk(), map(summary.get("byRisk")), risks, w));
        return new ClinicResults(facts, charts, splits, List.of(w.resultsGroup(), w.resultsEpisodes(),
                w.resultsReassessed(), w.resultsPainImproved(), w.resultsOdiImproved(), w.resultsMedianPain()));
    }

    /** Bars of shares (0-1, null where nothing was measured) in percent, each with how many it was measured over. */
    private static OutcomeCharts.Chart shares(String id, String title, List<String> labels, List<Object> shares,
                                              List<Object> over, LibraryMessages w, Locale locale,
                                              String separator) {
        List<Integer> percents = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer percent = shares.get(i) instanceof Number n ? (int) Math.round(n.doubleValue() * 100) : null;
            percents.add(percent);
            String share = share(shares.get(i), w);
            rows.add(List.of(labels.get(i), share, String.valueOf(over.get(i) == null ? 0 : over.get(i))));
            words.add(labels.get(i).toLowerCase(locale) + " " + share);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bars");
        data.put("labels", labels);
        data.put("values", percents);
        data.put("target", null);
        data.put("max", 100);
        return new OutcomeCharts.Chart(id, title, w.resultsSharesKey(),
                w.resultsSharesSummary(title, String.join(separator, words)), OutcomeCharts.json(data),
                List.of(w.resultsWhen(), w.resultsShare(), w.resultsEpisodesReassessed()), rows);
    }

    private static Split split(String title, Map<String, Object> groups, Map<String, String> words,
                               LibraryMessages w) {
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((code, value) -> {
            Map<String, Object> f = map(value);
            rows.add(List.of(words.getOrDefault(code, code), String.valueOf(f.get("episodes")),
                    String.valueOf(f.get("assessed")), share(f.get("painMcidShare"), w),
                    share(f.get("odiMcidShare"), w), points(f.get("medianPainChange"), w)));
        });
        return new Split(title, rows);
    }

    /** A share 0-1 in words: "67 %", or "none re-assessed" when nothing could be measured. */
    static String share(Object value, LibraryMessages w) {
        return value instanceof Number n ? Math.round(n.doubleValue() * 100) + " %" : w.resultsNoneReassessed();
    }

    private static String points(Object value, LibraryMessages w) {
        if (!(value instanceof Number n)) {
            return w.resultsNoneReassessed();
        }
        String figure = Clinical.number(Math.abs(n.doubleValue()));
        boolean one = "1".equals(figure);
        if (n.doubleValue() > 0) {
            return one ? w.resultsOnePointBetter(figure) : w.resultsPointsBetter(figure);
        }
        if (n.doubleValue() < 0) {
            return one ? w.resultsOnePointWorse(figure) : w.resultsPointsWorse(figure);
        }
        return w.resultsNoChange();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
