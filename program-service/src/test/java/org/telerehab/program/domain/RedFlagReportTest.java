package org.telerehab.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.RedFlag;

class RedFlagReportTest {

    static final Instant REPORTED = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration ONE_HOUR = Duration.ofHours(1);
    final UUID patient = UUID.randomUUID();
    final UUID therapist = UUID.randomUUID();

    RedFlagReport report(RedFlag... flags) {
        return RedFlagReport.of(UUID.randomUUID(), patient, RedFlagSource.CHECK_IN, List.of(flags), REPORTED)
                .orElseThrow();
    }

    @Test
    void noFlagMakesNoReport() {
        assertThat(RedFlagReport.of(UUID.randomUUID(), patient, RedFlagSource.SCREENING, List.of(), REPORTED))
                .isEmpty();
    }

    @Test
    void aReportIsEmergencyWhenAnyFlagIsAndKeepsEachFlagOnce() {
        RedFlagReport report = report(RedFlag.NIGHT_PAIN, RedFlag.BILATERAL_LEG_SYMPTOMS, RedFlag.NIGHT_PAIN);
        assertThat(report.severity).isEqualTo(RedFlag.Severity.EMERGENCY);
        assertThat(report.flags).containsExactly(RedFlag.BILATERAL_LEG_SYMPTOMS, RedFlag.NIGHT_PAIN);
        assertThat(report.pausesRunningPlan()).isTrue();
        assertThat(report(RedFlag.OSTEOPOROSIS).pausesRunningPlan()).isFalse();
    }

    @Test
    void openUntilAClearanceThenClearedForGood() {
        RedFlagReport report = report(RedFlag.FEVER);
        assertThat(report.state()).isEqualTo(RedFlagReport.State.OPEN);
        assertThat(RedFlagReport.blocksNewPlans(List.of(report))).isTrue();

        UUID clearance = UUID.randomUUID();
        report.clear(clearance, therapist, REPORTED.plusSeconds(60));
        assertThat(report.state()).isEqualTo(RedFlagReport.State.CLEARED);
        assertThat(RedFlagReport.blocksNewPlans(List.of(report))).isFalse();

        // a second clearance does not rewrite who cleared it
        report.clear(UUID.randomUUID(), UUID.randomUUID(), REPORTED.plusSeconds(120));
        assertThat(report.clearanceId).isEqualTo(clearance);
        assertThat(report.clearedBy).isEqualTo(therapist);
    }

    @Test
    void theMostSevereOpenReportRanksAndACleardOneNoLonger() {
        RedFlagReport emergency = report(RedFlag.SADDLE_NUMBNESS);
        RedFlagReport review = report(RedFlag.NIGHT_PAIN);

        assertThat(RedFlagReport.mostSevereOpen(List.of(review, emergency))).contains(RedFlag.Severity.EMERGENCY);
        emergency.clear(UUID.randomUUID(), therapist, REPORTED);
        assertThat(RedFlagReport.mostSevereOpen(List.of(review, emergency))).contains(RedFlag.Severity.REVIEW);
        review.clear(UUID.randomUUID(), therapist, REPORTED);
        assertThat(RedFlagReport.mostSevereOpen(List.of(review, emergency))).isEmpty();
        assertThat(RedFlagReport.mostSevereOpen(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "emergency={0}, {1} min after, acknowledged={2}, cleared={3}, in care={4}: {5}")
    @CsvSource({
            "true,  59, false, false, true, false",
            "true,  60, false, false, true, true",    // exactly the escalation time
            "true,  61, false, false, true, true",
            "true,  600, true, false, true, false",   // a clinician acknowledged it
            "true,  600, false, true, true, false",   // cleared
            "false, 600, false, false, true, false",  // review flags are not escalated
            "true,  0, false, false, false, true",    // nobody cares for the patient: at once
            "true,  -1, false, false, false, false",  // (not before it was reported)
            "true,  0, true, false, false, false",    // acknowledged before the therapist left
            "true,  0, false, true, false, false",
            "false, 0, false, false, false, false",
    })
    void escalationOfUnactedEmergencies(boolean emergency, int minutes, boolean acknowledged, boolean cleared,
                                        boolean inCare, boolean escalate) {
        RedFlagReport report = emergency ? report(RedFlag.SADDLE_NUMBNESS) : report(RedFlag.FEVER);
        if (acknowledged) {
            report.acknowledge(therapist, REPORTED.plusSeconds(30));
        }
        if (cleared) {
            report.clear(UUID.randomUUID(), therapist, REPORTED.plusSeconds(30));
        }
        Instant now = REPORTED.plus(Duration.ofMinutes(minutes));
        assertThat(report.dueForEscalation(now, ONE_HOUR, inCare)).isEqualTo(escalate);
    }

    @Test
    void escalatedOnceAndAcknowledgedOnce() {
        RedFlagReport report = report(RedFlag.CERVICAL_ARTERY_SIGNS);
        Instant later = REPORTED.plus(ONE_HOUR);
        report.escalate(later);
        assertThat(report.dueForEscalation(later.plusSeconds(3600), ONE_HOUR, true)).isFalse();
        assertThat(report.dueForEscalation(later.plusSeconds(3600), ONE_HOUR, false)).isFalse();

        report.acknowledge(therapist, later);
        report.acknowledge(UUID.randomUUID(), later.plusSeconds(5));
        assertThat(report.acknowledgedBy).isEqualTo(therapist);
        assertThat(report.acknowledgedAt).isEqualTo(later);
    }

    @Test
    void aClearedReportCannotBeAcknowledged() {
        RedFlagReport report = report(RedFlag.SADDLE_NUMBNESS);
        report.clear(UUID.randomUUID(), therapist, REPORTED);
        report.acknowledge(therapist, REPORTED.plusSeconds(1));
        assertThat(report.acknowledgedAt).isNull();
    }
}
