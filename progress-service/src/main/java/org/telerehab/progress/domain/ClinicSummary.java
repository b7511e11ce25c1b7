package org.telerehab.progress.domain;

import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A clinic's results over episodes of care (API.md 1.1, {@code GET /api/outcomes/summary}): how many episodes, how
 * many ended in a discharge, and how their re-assessments changed against each episode's baseline.
 *
 * <ul>
 * <li>An episode is <b>assessed</b> when it has a re-assessment; its <b>latest</b> re-assessment is its result.</li>
 * <li>{@code painMcidShare} = assessed episodes whose latest re-assessment reached the pain MCID / assessed episodes;
 *     {@code odiMcidShare} the same among those whose latest re-assessment has an ODI change; null with none.</li>
 * <li>{@code medianPainChange} = the median of the latest re-assessments' {@code painPoints} (the mean of the two
 *     middle ones for an even count); null with none.</li>
 * <li><b>At week 6</b>: each episode's first re-assessment made from day 35 (the first day of week 6) to before day 77
 *     (the first day of week 12), counted from the baseline screening; <b>at week 12</b>: its first from day 77 on.
 *     The same figures over those.</li>
 * <li>By pain type (an episode counts for each pain type of its baseline screening) and by STarT Back risk of the
 *     baseline (screenings from before version 1.1 without one are left out of this split).</li>
 * </ul>
 */
public record ClinicSummary(int episodes, int discharged, Figures all, Figures atWeek6, Figures atWeek12,
                            Map<Region, Figures> byPainType, Map<RiskLevel, Figures> byRisk) {

    /** Day 35 since the baseline is the first day of week 6; day 77 of week 12. */
    static final int WEEK_6_FROM_DAY = 35;
    static final int WEEK_12_FROM_DAY = 77;

    /** One episode: its baseline screening, the discharge that ended it (or null) and its re-assessments. */
    public record EpisodeOutcome(Screening baseline, Instant dischargedAt, List<Reassessment> reassessments) {

        Optional<Reassessment> latest() {
            return reassessments.stream().max(Comparator.comparing((Reassessment r) -> r.submittedAt));
        }

        /** The first re-assessment made from day {@code fromDay} (inclusive) to {@code toDay} (exclusive). */
        Optional<Reassessment> firstBetweenDays(long fromDay, long toDay) {
            return reassessments.stream().filter(r -> {
                long day = Duration.between(baseline.screenedAt, r.submittedAt).toDays();
                return day >= fromDay && day < toDay;
            }).min(Comparator.comparing((Reassessment r) -> r.submittedAt));
        }
    }

    /**
     * @param episodes         the episodes counted
     * @param assessed         of them, those with a re-assessment (at the week, for the week's figures)
     * @param painMcidShare    0-1, null when none was assessed
     * @param odiMcidShare     0-1, null when no assessment had an ODI change
     * @param medianPainChange null when none was assessed
     */
    public record Figures(int episodes, int assessed, Double painMcidShare, Double odiMcidShare,
                          Double medianPainChange) {
    }

    public static ClinicSummary of(Collection<EpisodeOutcome> outcomes) {
        List<EpisodeOutcome> all = List.copyOf(outcomes);
        Map<Region, List<EpisodeOutcome>> byPainType = new EnumMap<>(Region.class);
        Map<RiskLevel, List<EpisodeOutcome>> byRisk = new EnumMap<>(RiskLevel.class);
        for (EpisodeOutcome o : all) {
            o.baseline().painTypes.forEach(t -> byPainType.computeIfAbsent(t, k -> new ArrayList<>()).add(o));
            if (o.baseline().risk != null) {
                byRisk.computeIfAbsent(o.baseline().risk, k -> new ArrayList<>()).add(o);
            }
        }
        Map<Region, Figures> painTypeFigures = new EnumMap<>(Region.class);
        byPainType.forEach((type, group) -> painTypeFigures.put(type, figures(group, EpisodeOutcome::latest)));
        Map<RiskLevel, Figures> riskFigures = new EnumMap<>(RiskLevel.class);
        byRisk.forEach((risk, group) -> riskFigures.put(risk, figures(group, EpisodeOutcome::latest)));
        int discharged = (int) all.stream().filter(o -> o.dischargedAt() != null).count();
        return new ClinicSummary(all.size(), discharged, figures(all, EpisodeOutcome::latest),
                figures(all, o -> o.firstBetweenDays(WEEK_6_FROM_DAY, WEEK_12_FROM_DAY)),
                figures(all, o -> o.firstBetweenDays(WEEK_12_FROM_DAY, Long.MAX_VALUE)),
                painTypeFigures, riskFigures);
    }

    private static Figures figures(List<EpisodeOutcome> episodes,
                                   Function<EpisodeOutcome, Optional<Reassessment>> result) {
        List<Reassessment> results = episodes.stream().map(result).flatMap(Optional::stream).toList();
        if (results.isEmpty()) {
            return new Figures(episodes.size(), 0, null, null, null);
        }
        double painShare = (double) results.stream().filter(r -> r.painMcid).count() / results.size();
        List<Reassessment> withOdi = results.stream().filter(r -> r.odiMcid != null).toList();
        Double odiShare = withOdi.isEmpty() ? null
                : (double) withOdi.stream().filter(r -> r.odiMcid).count() / withOdi.size();
        return new Figures(episodes.size(), results.size(), painShare, odiShare,
                median(results.stream().map(r -> r.painPoints).sorted().toList()));
    }

    static double median(List<Integer> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
