package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The progress page's charts against a stand-in progress-service: drawn from the portal's own files, in words too. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class OutcomeChartsPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void progress() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/progress"), 200,
                "{\"baselinePain\":8,\"latestPain\":5,\"sessionsLogged\":4,\"openAlerts\":[]}");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theProgressPageDrawsTheEpisodeWithScriptsThePortalServesAndSaysTheFiguresInWords() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 200, """
                {"baseline":{"pain":8,"odiPercent":40,"at":"2026-11-01T09:00:00Z"},
                 "pain":[{"date":"2026-11-02","value":7.5},{"date":"2026-11-14","value":5.0}],
                 "reassessments":[{"at":"2026-11-14T09:00:00Z","odiPercent":28}],
                 "practice":[{"from":"2026-11-01","days":7,"sessions":3},{"from":"2026-11-08","days":2,"sessions":1}],
                 "sessionsPerWeek":3}""");

        String page = given().when().get("/patient/progress").then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"pain-chart\"", "id=\"odi-chart\"", "id=\"practice-chart\"",
                "8/10 at the start, 5/10 on November 14, 2026", "An important improvement is 6/10 or less.",
                "Hatched area: an important improvement", "<td>7.5/10</td>");
        // every script and style sheet the charts need comes from the portal itself (no CDN), and is there
        Matcher assets = Pattern.compile("(?:src|href)=\"(/(?:webjars|static)/[^\"]+)\"").matcher(page);
        int served = 0;
        while (assets.find()) {
            given().when().get(assets.group(1)).then().statusCode(200);
            served++;
        }
        assertThat(served).isGreaterThanOrEqualTo(4); // portal.css, portal.js, uPlot's script and style, charts.js
        given().when().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200)
                .body(containsString("uPlot"));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void whenTheOutcomesDoNotAnswerTheFiguresStillShowAndTheChartsSaySo() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 503,
                "{\"status\":503,\"title\":\"Service unavailable\"}");

        String page = given().when().get("/patient/progress").then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"mcid\"", "id=\"charts-problem\"").doesNotContain("id=\"pain-chart\"");
    }
}
