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
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.RiskLevel;

class WorklistOrderTest {

    static final RedFlag.Severity EMERGENCY = RedFlag.Severity.EMERGENCY;
    static final RedFlag.Severity REVIEW = RedFlag.Severity.REVIEW;
    /** No open red-flag report (none ever, or all cleared). */
    static final RedFlag.Severity NONE = null;

    /** Any entry type works through the key extractor. */
    record Entry(String name, RedFlag.Severity openRedFlag, boolean alerts, RiskLevel risk, Instant submittedAt) {
        WorklistRank rank() {
            return new WorklistRank(openRedFlag, alerts, risk, submittedAt);
        }
    }

    static Instant day(int d) {
        return Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * d);
    }

    static Entry entry(String name, RedFlag.Severity openRedFlag, boolean alerts, RiskLevel risk, int day) {
        return new Entry(name, openRedFlag, alerts, risk, day(day));
    }

    /** The contract's order; the day number is the submission day (smaller = older). */
    static final List<Entry> EXPECTED = List.of(
            entry("emergency-old", EMERGENCY, false, RiskLevel.LOW, 1),
            // within the emergency rank only age counts: not alerts, not risk
            entry("emergency-new", EMERGENCY, true, RiskLevel.HIGH, 9),
            entry("review-old", REVIEW, false, RiskLevel.LOW, 2),
            entry("review-new", REVIEW, true, RiskLevel.HIGH, 8),
            entry("alert-low-old", NONE, true, RiskLevel.LOW, 3),
            entry("alert-high-new", NONE, true, RiskLevel.HIGH, 7),
            entry("high-old", NONE, false, RiskLevel.HIGH, 4),
            entry("high-new", NONE, false, RiskLevel.HIGH, 10),
            entry("medium-old", NONE, false, RiskLevel.MEDIUM, 0),
            entry("medium-new", NONE, false, RiskLevel.MEDIUM, 5),
            entry("low-old", NONE, false, RiskLevel.LOW, -3),
            entry("low-new", NONE, false, RiskLevel.LOW, 6));

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

    @ParameterizedTest(name = "open red flag {0}, alerts={1}, {2} -> tier {3}")
    @CsvSource({
            "EMERGENCY,          false, LOW,    0",
            "EMERGENCY,          true,  HIGH,   0",
            "REVIEW,             false, LOW,    1",
            "REVIEW,             true,  MEDIUM, 1",
            "                 ,  true,  LOW,    2",
            "                 ,  true,  HIGH,   2",
            "                 ,  false, HIGH,   3",
            "                 ,  false, MEDIUM, 4",
            "                 ,  false, LOW,    5",
            "                 ,  false,       , 6",
    })
    void tiers(RedFlag.Severity openRedFlag, boolean alerts, RiskLevel risk, int tier) {
        assertThat(new WorklistRank(openRedFlag, alerts, risk, day(0)).tier()).isEqualTo(tier);
    }

    @Test
    void withinARankOldestFirstAndMissingTimesLast() {
        WorklistRank newer = new WorklistRank(NONE, false, RiskLevel.LOW, day(2));
        WorklistRank older = new WorklistRank(NONE, false, RiskLevel.LOW, day(1));
        WorklistRank unknown = new WorklistRank(NONE, false, RiskLevel.LOW, null);
        WorklistRank sameAsOlder = new WorklistRank(NONE, false, RiskLevel.LOW, day(1));

        List<WorklistRank> ranks = new ArrayList<>(List.of(unknown, newer, older));
        ranks.sort(WorklistOrder.MOST_URGENT_FIRST);

        assertThat(ranks).containsExactly(older, newer, unknown);
        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(older, sameAsOlder)).isZero();
    }

    @Test
    void aRecentHigherRankBeatsAnOldLowerRank() {
        WorklistRank oldLow = new WorklistRank(NONE, false, RiskLevel.LOW, day(-100));
        WorklistRank newMedium = new WorklistRank(NONE, false, RiskLevel.MEDIUM, day(100));

        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(newMedium, oldLow)).isNegative();
        assertThat(WorklistOrder.MOST_URGENT_FIRST.compare(oldLow, newMedium)).isPositive();
    }
}
