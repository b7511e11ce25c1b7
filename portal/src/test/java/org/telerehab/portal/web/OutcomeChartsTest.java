package org.telerehab.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * The outcome charts' figures: what uPlot draws and what the sentence and table say are the same figures. A
 * therapist's charts are in English with UTC days; a patient's in their language and zone. (In the portal, for its
 * message bundles.)
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class OutcomeChartsTest {

    static final Map<String, Object> OUTCOMES = Map.of(
            "baseline", Map.of("pain", 8, "odiPercent", 40, "at", "2026-11-01T09:00:00Z"),
            "pain", List.of(Map.of("date", "2026-11-02", "value", 7.5), Map.of("date", "2026-11-14", "value", 5.0)),
            "reassessments", List.of(Map.of("at", "2026-11-14T09:00:00Z", "odiPercent", 28)),
            "practice", List.of(Map.of("from", "2026-11-01", "days", 7, "sessions", 3),
                    Map.of("from", "2026-11-08", "days", 7, "sessions", 0),
                    Map.of("from", "2026-11-15", "days", 2, "sessions", 1)),
            "sessionsPerWeek", 3);

    final ObjectMapper json = new ObjectMapper();

    @Test
    void painIsDrawnOverTheWholeEpisodeWithTheBaselineAndTheBandOfAnImportantImprovement() throws Exception {
        OutcomeCharts.Chart pain = OutcomeCharts.of(OUTCOMES).charts().get(0);
        JsonNode data = json.readTree(pain.data());

        assertThat(data.get("from").asText()).isEqualTo("2026-11-01");
        assertThat(data.get("to").asText()).isEqualTo("2026-11-16"); // the last week's second day: today
        assertThat(data.get("baseline").asInt()).isEqualTo(8);
        assertThat(data.get("band").asDouble()).isEqualTo(6.0); // 8 - min(2, 2.4)
        assertThat(pain.summary()).isEqualTo("Pain from 1 November 2026 to 16 November 2026: 8/10 at the start, 5/10"
                + " on 14 November 2026, lowest 5/10. An important improvement is 6/10 or less.");
        assertThat(pain.rows()).containsExactly(List.of("2 November 2026", "7.5/10"),
                List.of("14 November 2026", "5/10"));
    }

    @Test
    void disabilityIsTheBaselineAndEachReassessmentWithItsOwnBand() throws Exception {
        OutcomeCharts.Chart odi = OutcomeCharts.of(OUTCOMES).charts().get(1);
        JsonNode data = json.readTree(odi.data());

        // evenly spaced moments: a re-assessment on the day of the screening still has a point of its own
        assertThat(data.get("labels")).extracting(JsonNode::asText).containsExactly("Start", "14 Nov");
        assertThat(data.get("values")).extracting(JsonNode::asInt).containsExactly(40, 28);
        assertThat(data.get("band").asDouble()).isEqualTo(30.0); // 40 - min(10, 12)
        assertThat(odi.summary()).isEqualTo("Disability (Oswestry) 40 % at the start, 28 % at the latest"
                + " re-assessment (14 November 2026). An important improvement is 30 % or less.");
        assertThat(odi.rows()).containsExactly(List.of("1 November 2026", "At the start", "40 %"),
                List.of("14 November 2026", "Re-assessment", "28 %"));
    }

    @Test
    void sessionsPerWeekAgainstThePlanAndTheWeekSoFarIsNamedAsSuch() throws Exception {
        OutcomeCharts.Chart practice = OutcomeCharts.of(OUTCOMES).charts().get(2);
        JsonNode data = json.readTree(practice.data());

        assertThat(data.get("values")).extracting(JsonNode::asInt).containsExactly(3, 0, 1);
        assertThat(data.get("target").asInt()).isEqualTo(3);
        assertThat(practice.summary()).isEqualTo("Sessions in each week of the episode, against the plan's 3 a week:"
                + " 3, 0, 1.");
        assertThat(practice.rows().get(2)).containsExactly("Week 3 (from 15 November 2026, 2 days so far)", "1");
    }

    @Test
    void withoutAReassessmentThereIsNoDisabilityChartAndBeforeAScreeningNoChartAtAll() {
        Map<String, Object> early = new java.util.HashMap<>(OUTCOMES);
        early.put("reassessments", List.of());

        assertThat(OutcomeCharts.of(early).charts()).extracting(OutcomeCharts.Chart::id)
                .containsExactly("pain-chart", "practice-chart");
        assertThat(OutcomeCharts.of(Map.of("pain", List.of())).charts()).isEmpty();
    }

    @Test
    void aPatientsChartsAreInTheirLanguageWithTheirDays() {
        Map<String, Object> late = new java.util.HashMap<>(OUTCOMES);
        // 15:00 UTC on the 14th is already the 15th in Sydney
        late.put("reassessments", List.of(Map.of("at", "2026-11-14T15:00:00Z", "odiPercent", 28)));
        List<OutcomeCharts.Chart> charts = OutcomeCharts.of(late, PortalLanguage.charts("es"),
                new UserTime.Words(java.util.Locale.forLanguageTag("es"), java.time.ZoneId.of("Australia/Sydney")))
                .charts();

        assertThat(charts.get(0).title()).isEqualTo("El dolor a lo largo del episodio");
        assertThat(charts.get(0).summary()).isEqualTo("Dolor del 1 de noviembre de 2026 al 16 de noviembre de 2026:"
                + " 8/10 al principio, 5/10 el 14 de noviembre de 2026, mínimo 5/10. Una mejoría importante es 6/10"
                + " o menos.");
        assertThat(charts.get(1).summary()).isEqualTo("Discapacidad (Oswestry): 40 % al principio, 28 % en la"
                + " última reevaluación (15 de noviembre de 2026). Una mejoría importante es 30 % o menos.");
        assertThat(charts.get(1).columns()).containsExactly("Día", "Medido en", "Oswestry (%)");
        assertThat(charts.get(2).rows().get(2)).containsExactly(
                "Semana 3 (desde el 15 de noviembre de 2026, 2 días hasta ahora)", "1");
        assertThat(charts.get(2).summary()).isEqualTo("Sesiones en cada semana del episodio, frente a las 3"
                + " semanales del plan: 3, 0, 1.");
    }
}
