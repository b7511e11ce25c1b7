package org.telerehab.progress.rest;

import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.progress.domain.ClinicSummary;

import java.util.Map;

/**
 * The contract's clinic summary: {@code episodes, discharged} and the figures of each episode's latest re-assessment
 * at the top level ({@code painMcidShare, odiMcidShare, medianPainChange}), then the same at weeks 6 and 12 and by
 * pain type and STarT Back risk.
 */
public record OutcomesSummaryDto(int episodes, int discharged, int assessed, Double painMcidShare, Double odiMcidShare,
                                 Double medianPainChange, ClinicSummary.Figures atWeek6,
                                 ClinicSummary.Figures atWeek12, Map<Region, ClinicSummary.Figures> byPainType,
                                 Map<RiskLevel, ClinicSummary.Figures> byRisk) {

    static OutcomesSummaryDto of(ClinicSummary s) {
        return new OutcomesSummaryDto(s.episodes(), s.discharged(), s.all().assessed(), s.all().painMcidShare(),
                s.all().odiMcidShare(), s.all().medianPainChange(), s.atWeek6(), s.atWeek12(), s.byPainType(),
                s.byRisk());
    }
}
