package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagViewTest {

    static final UUID ME = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID OTHER = UUID.fromString("44444444-4444-4444-8444-444444444444");

    @Test
    void anOpenEmergencyNobodyActedOnCanBeAcknowledgedAndSaysSoInWords() {
        RedFlagView view = RedFlagView.of(report("OPEN", "EMERGENCY", "CHECK_IN"), ME);

        assertThat(view.open()).isTrue();
        assertThat(view.canAcknowledge()).isTrue();
        assertThat(view.severityLabel()).isEqualTo("Emergency red flag");
        assertThat(view.source()).isEqualTo("daily check-in");
        assertThat(view.reported()).isEqualTo("2026-12-04 10:15 UTC");
        assertThat(view.flags()).containsExactly("Bilateral leg symptoms", "Fever or systemically unwell");
        assertThat(view.state()).startsWith("Open");
        assertThat(view.acknowledged()).isNull();
        assertThat(view.escalated()).isNull();
    }

    @Test
    void anAcknowledgedEscalatedReportSaysWhoActedAndWhen() {
        Map<String, Object> r = report("OPEN", "EMERGENCY", "SCREENING");
        r.put("acknowledgedBy", OTHER.toString());
        r.put("acknowledgedAt", "2026-12-04T11:20:00Z");
        r.put("escalatedAt", "2026-12-04T11:15:00Z");

        RedFlagView view = RedFlagView.of(r, ME);

        assertThat(view.canAcknowledge()).isFalse();
        assertThat(view.acknowledged()).isEqualTo("Acted on by therapist 44444444 on 2026-12-04 11:20 UTC");
        assertThat(view.escalated()).startsWith("Escalated to the clinic's admins on 2026-12-04 11:15 UTC");
    }

    @Test
    void aClearedReportSaysWhoClearedItAndWhen() {
        Map<String, Object> r = report("CLEARED", "REVIEW", "SCREENING");
        r.put("clearedBy", ME.toString());
        r.put("clearedAt", "2026-12-05T09:00:00Z");

        RedFlagView view = RedFlagView.of(r, ME);

        assertThat(view.open()).isFalse();
        assertThat(view.canAcknowledge()).isFalse();
        assertThat(view.state()).isEqualTo("Cleared by you on 2026-12-05 09:00 UTC");
        assertThat(RedFlagView.of(r, OTHER).state()).isEqualTo("Cleared by therapist 33333333 on 2026-12-05 09:00 UTC");
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
