package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagViewTest {

    static final UUID ME = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID OTHER = UUID.fromString("44444444-4444-4444-8444-444444444444");

    @Test
    void anOpenEmergencyNobodyActedOnCanBeAcknowledged() {
        RedFlagView view = RedFlagView.of(report("OPEN", "EMERGENCY", "CHECK_IN"), ME);

        assertThat(view.open()).isTrue();
        assertThat(view.canAcknowledge()).isTrue();
        assertThat(view.severity()).isEqualTo(RedFlag.Severity.EMERGENCY);
        assertThat(view.source()).isEqualTo(StaffCodes.ReportSource.CHECK_IN);
        assertThat(view.reportedAt()).isEqualTo(Instant.parse("2026-12-04T10:15:00Z"));
        assertThat(view.flags()).containsExactly(RedFlag.BILATERAL_LEG_SYMPTOMS, RedFlag.FEVER);
        assertThat(view.acknowledgedAt()).isNull();
        assertThat(view.escalatedAt()).isNull();
    }

    @Test
    void anAcknowledgedEscalatedReportSaysWhoActedAndWhen() {
        Map<String, Object> r = report("OPEN", "EMERGENCY", "SCREENING");
        r.put("acknowledgedBy", OTHER.toString());
        r.put("acknowledgedAt", "2026-12-04T11:20:00Z");
        r.put("escalatedAt", "2026-12-04T11:15:00Z");

        RedFlagView view = RedFlagView.of(r, ME);

        assertThat(view.canAcknowledge()).isFalse();
        assertThat(view.acknowledgedBy()).isEqualTo(new RedFlagView.Actor(false, "44444444"));
        assertThat(view.acknowledgedAt()).isEqualTo(Instant.parse("2026-12-04T11:20:00Z"));
        assertThat(view.escalatedAt()).isEqualTo(Instant.parse("2026-12-04T11:15:00Z"));
    }

    @Test
    void aClearedReportSaysWhoClearedItAndWhen() {
        Map<String, Object> r = report("CLEARED", "REVIEW", "SCREENING");
        r.put("clearedBy", ME.toString());
        r.put("clearedAt", "2026-12-05T09:00:00Z");

        RedFlagView view = RedFlagView.of(r, ME);

        assertThat(view.open()).isFalse();
        assertThat(view.canAcknowledge()).isFalse();
        assertThat(view.clearedBy().you()).isTrue();
        assertThat(view.clearedAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
        assertThat(RedFlagView.of(r, OTHER).clearedBy()).isEqualTo(new RedFlagView.Actor(false, "33333333"));
    }

    @Test
    void aFlagThePortalHasNoWordsForIsStillShownAsItCameAndAnUnknownSourceIsLeftOut() {
        Map<String, Object> r = report("OPEN", "REVIEW", "SOMEWHERE");
        r.put("flags", List.of("FEVER", "NOT_A_FLAG"));

        RedFlagView view = RedFlagView.of(r, ME);

        assertThat(view.flags()).containsExactly(RedFlag.FEVER);
        assertThat(view.otherFlags()).as("a reported flag is never left out").containsExactly("NOT_A_FLAG");
        assertThat(view.source()).isNull();
    }

    static Map<String, Object> report(String state, String severity, String source) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", "7e0e0000-0000-4000-8000-000000000001");
        r.put("flags", List.of("BILATERAL_LEG_SYMPTOMS", "FEVER"));
        r.put("severity", severity);
        r.put("source", source);
        r.put("reportedAt", "2026-12-04T10:15:00Z");
        r.put("state", state);
        return r;
    }
}
