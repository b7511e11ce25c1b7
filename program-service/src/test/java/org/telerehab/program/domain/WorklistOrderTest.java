package org.telerehab.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RiskLevel;

class WorklistOrderTest {

    /** Any entry type works through the key extractor. */
    record Entry(String name, Disposition disposition, boolean alerts, RiskLevel risk, Instant submittedAt) {
        WorklistRank rank() {
            return new WorklistRank(disposition, alerts, risk, submittedAt);
        }
    }

    static Instant day(int d) {
        return Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * d);
    }

    static Entry entry(String name, Disposition disposition, boolean alerts, RiskLevel risk, int day) {
        return new Entry(name, disposition, alerts, risk, day(day));
    }

    /** The contract's order; the day number is the submission day (smaller = older). */
    static final List<Entry> EXPECTED = List.of(
            entry("emergency-old", Disposition.EMERGENCY_REFERRAL, false, RiskLevel.LOW, 1),
            // within the emergency rank only age counts: not alerts, not risk
            entry("emergency-new", Disposition.EMERGENCY_REFERRAL, true, RiskLevel.HIGH, 9),
            entry("review-old", Disposition.PHYSICIAN_REVIEW, false, RiskLevel.LOW, 2),
            entry("review-new", Disposition.PHYSICIAN_REVIEW, true, RiskLevel.HIGH, 8),
            entry("alert-low-old", Disposition.READY_FOR_PROGRAM, true, RiskLevel.LOW, 3),
            entry("alert-high-new", Disposition.READY_FOR_PROGRAM, true, RiskLevel.HIGH, 7),
            entry("high-old", Disposition.READY_FOR_PROGRAM, false, RiskLevel.HIGH, 4),
            entry("high-new", Disposition.READY_FOR_PROGRAM, false, RiskLevel.HIGH, 10),
            entry("medium-old", Disposition.READY_FOR_PROGRAM, false, RiskLevel.MEDIUM, 0),
            entry("medium-new", Disposition.READY_FOR_PROGRAM, false, RiskLevel.MEDIUM, 5),
            entry("low-old", Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, -3),
            entry("low-new", Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, 6));

    @Test
    void mixedWorklistSortsAsTheContractSays() {
        List<Entry> shuffled = new ArrayList<>(EXPECTED);
        Collections.reverse(shuffled);
        shuffled.sort(WorklistOrder.comparing(Entry::rank));

        assertThat(shuffled).extracting(Entry::name)
                .containsExactlyElementsOf(EXPECTED.stream().map(Entry::name).toList());
    }

    @RepeatedTest(20)
    void anyInputOrderGivesTheSameResult() {
        List<Entry> shuffled = new ArrayList<>(EXPECTED);
        Collections.shuffle(shuffled, new Random());
        shuffled.sort(WorklistOrder.comparing(Entry::rank));

        assertThat(shuffled).containsExactlyElementsOf(EXPECTED);
    }

    @ParameterizedTest(name = "{0} alerts={1} {2} -> tier {3}")
    @CsvSource({
            "EMERGENCY_REFERRAL, false, LOW,    0",
            "EMERGENCY_REFERRAL, true,  HIGH,   0",
            "PHYSICIAN_REVIEW,   false, LOW,    1",
            "PHYSICIAN_REVIEW,   true,  MEDIUM, 1",
            "READY_FOR_PROGRAM,  true,  LOW,    2",
            "READY_FOR_PROGRAM,  true,  HIGH,   2",
            "READY_FOR_PROGRAM,  false, HIGH,   3",
            "READY_FOR_PROGRAM,  false, MEDIUM, 4",
            "READY_FOR_PROGRAM,  false, LOW,    5",
            "READY_FOR_PROGRAM,  false,       , 6",
            "                 ,  false, MEDIUM, 4",
    })
    void tiers(Disposition disposition, boolean alerts, RiskLevel risk, int tier) {
        assertThat(new WorklistRank(disposition, alerts, risk, day(0)).tier()).isEqualTo(tier);
    }

    @Test
    void withinARankOldestFirstAndMissingTimesLast() {
        WorklistRank newer = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, day(2));
        WorklistRank older = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, day(1));
        WorklistRank unknown = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, null);
        WorklistRank sameAsOlder = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, day(1));

        List<WorklistRank> ranks = new ArrayList<>(List.of(unknown, newer, older));
        ranks.sort(WorklistOrder.MOST_URGENT_FIRST);

        assertThat(ranks).containsExactly(older, newer, unknown);
        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(older, sameAsOlder)).isZero();
    }

    @Test
    void aRecentHigherRankBeatsAnOldLowerRank() {
        WorklistRank oldLow = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.LOW, day(-100));
        WorklistRank newMedium = new WorklistRank(Disposition.READY_FOR_PROGRAM, false, RiskLevel.MEDIUM, day(100));

        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(newMedium, oldLow)).isNegative();
        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(oldLow, newMedium)).isPositive();
    }
}
