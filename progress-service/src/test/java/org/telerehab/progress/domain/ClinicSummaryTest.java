package org.telerehab.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

/** A seeded clinic of four episodes, every figure computed by hand in the comments. */
class ClinicSummaryTest {

    static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");

    static Screening baseline(RiskLevel risk, Region... painTypes) {
        return new Screening(UUID.randomUUID(), UUID.randomUUID(), T0, 6, 40, risk, 4, 2, List.of(painTypes));
    }

    static Reassessment at(int day, int painPoints, boolean painMcid, Boolean odiMcid) {
        Reassessment r = new Reassessment();
        r.reassessmentId = UUID.randomUUID();
        r.submittedAt = T0.plus(day, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
        r.painPoints = painPoints;
        r.painMcid = painMcid;
        r.odiMcid = odiMcid;
        r.odiPoints = odiMcid == null ? null : 5;
        return r;
    }

    /**
     * E1 lumbar, medium, discharged: day 14 (+1), day 40 (+3, MCID, ODI MCID), day 80 (+4, MCID, ODI MCID).
     * E2 lumbar and sciatic, high: day 36 (0, no ODI), day 90 (+2, MCID, ODI not).
     * E3 neck, low: not re-assessed. E4 lumbar, no risk (before 1.1): day 20 (-1, ODI not).
     */
    static final List<ClinicSummary.EpisodeOutcome> CLINIC = List.of(
            new ClinicSummary.EpisodeOutcome(baseline(RiskLevel.MEDIUM, Region.LUMBAR), T0.plus(100, ChronoUnit.DAYS),
                    List.of(at(80, 4, true, true), at(14, 1, false, false), at(40, 3, true, true))),
            new ClinicSummary.EpisodeOutcome(baseline(RiskLevel.HIGH, Region.LUMBAR, Region.SCIATIC), null,
                    List.of(at(36, 0, false, null), at(90, 2, true, false))),
            new ClinicSummary.EpisodeOutcome(baseline(RiskLevel.LOW, Region.NECK), null, List.of()),
            new ClinicSummary.EpisodeOutcome(baseline(null, Region.LUMBAR), null, List.of(at(20, -1, false, false))));

    @Test
    void eachEpisodesLatestReassessmentIsItsResult() {
        ClinicSummary s = ClinicSummary.of(CLINIC);

        assertThat(s.episodes()).isEqualTo(4);
        assertThat(s.discharged()).isEqualTo(1);
        // latest: E1 +4 MCID, E2 +2 MCID, E4 -1: 2 of 3; ODI 1 of 3 (E1); median of -1, 2, 4 = 2
        assertThat(s.all()).isEqualTo(new ClinicSummary.Figures(4, 3, 2.0 / 3, 1.0 / 3, 2.0));
    }

    @Test
    void atWeeksSixAndTwelveTheFirstReassessmentOfThatWeekOnCounts() {
        ClinicSummary s = ClinicSummary.of(CLINIC);

        // from day 35 to before day 77: E1 day 40 (+3, MCID, ODI MCID), E2 day 36 (0, no ODI change)
        assertThat(s.atWeek6()).isEqualTo(new ClinicSummary.Figures(4, 2, 0.5, 1.0, 1.5));
        // from day 77: E1 day 80 (+4, MCID, ODI MCID), E2 day 90 (+2, MCID, ODI not)
        assertThat(s.atWeek12()).isEqualTo(new ClinicSummary.Figures(4, 2, 1.0, 0.5, 3.0));
    }

    @Test
    void weekSixBeginsOnDay35AndWeekTwelveOnDay77() {
        ClinicSummary.EpisodeOutcome early = new ClinicSummary.EpisodeOutcome(baseline(RiskLevel.LOW, Region.LUMBAR),
                null, List.of(at(34, 1, false, null), at(76, 2, true, null)));
        ClinicSummary.EpisodeOutcome onTheDays = new ClinicSummary.EpisodeOutcome(
                baseline(RiskLevel.LOW, Region.LUMBAR), null, List.of(at(77, 5, true, null), at(35, 3, true, null)));

        ClinicSummary s = ClinicSummary.of(List.of(early, onTheDays));

        // week 6: early's day 76 (+2), onTheDays' day 35 (+3); week 12: only onTheDays' day 77 (+5)
        assertThat(s.atWeek6().assessed()).isEqualTo(2);
        assertThat(s.atWeek6().medianPainChange()).isEqualTo(2.5);
        assertThat(s.atWeek12()).isEqualTo(new ClinicSummary.Figures(2, 1, 1.0, null, 5.0));
    }

    @Test
    void byPainTypeAndByRisk() {
        ClinicSummary s = ClinicSummary.of(CLINIC);

        assertThat(s.byPainType()).containsOnlyKeys(Region.LUMBAR, Region.SCIATIC, Region.NECK);
        assertThat(s.byPainType().get(Region.LUMBAR).painMcidShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.byPainType().get(Region.LUMBAR).medianPainChange()).isEqualTo(2.0);
        assertThat(s.byPainType().get(Region.SCIATIC)).isEqualTo(new ClinicSummary.Figures(1, 1, 1.0, 0.0, 2.0));
        assertThat(s.byPainType().get(Region.NECK)).isEqualTo(new ClinicSummary.Figures(1, 0, null, null, null));
        // E4 has no risk: it is in no risk group
        assertThat(s.byRisk()).containsOnlyKeys(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
        assertThat(s.byRisk().get(RiskLevel.MEDIUM)).isEqualTo(new ClinicSummary.Figures(1, 1, 1.0, 1.0, 4.0));
        assertThat(s.byRisk().get(RiskLevel.HIGH)).isEqualTo(new ClinicSummary.Figures(1, 1, 1.0, 0.0, 2.0));
    }

    @Test
    void anEmptyClinicHasNoFigures() {
        assertThat(ClinicSummary.of(List.of())).isEqualTo(new ClinicSummary(0, 0,
                new ClinicSummary.Figures(0, 0, null, null, null), new ClinicSummary.Figures(0, 0, null, null, null),
                new ClinicSummary.Figures(0, 0, null, null, null), java.util.Map.of(), java.util.Map.of()));
    }

    @Test
    void theMedianOfAnOddAndAnEvenCount() {
        assertThat(ClinicSummary.median(List.of(1, 5, 9))).isEqualTo(5.0);
        assertThat(ClinicSummary.median(List.of(1, 2, 5, 9))).isEqualTo(3.5);
        assertThat(ClinicSummary.median(List.of(-2))).isEqualTo(-2.0);
    }
}
