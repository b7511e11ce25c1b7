package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The results page against a stand-in progress-service: the summary's figures in words, charts and tables. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ClinicResultsPageTest {

    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void summary() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/outcomes/summary"), 200, """
                {"episodes":5,"discharged":2,"assessed":4,"painMcidShare":0.75,"odiMcidShare":0.5,
                 "medianPainChange":2.5,
                 "atWeek6":{"episodes":5,"assessed":3,"painMcidShare":0.6667,"odiMcidShare":0.3333,
                            "medianPainChange":2},
                 "atWeek12":{"episodes":5,"assessed":0,"painMcidShare":null,"odiMcidShare":null,
                             "medianPainChange":null},
                 "byPainType":{"LUMBAR":{"episodes":4,"assessed":3,"painMcidShare":1.0,"odiMcidShare":0.5,
                                          "medianPainChange":3}},
                 "byRisk":{"HIGH":{"episodes":1,"assessed":1,"painMcidShare":0.0,"odiMcidShare":0.0,
                                   "medianPainChange":-1}}}""");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistReadsTheirCaseloadsResultsInWordsChartsAndTables() {
        String page = given().when().get("/therapist/results").then().statusCode(200).extract().asString();

        assertThat(page).contains("The episodes of the patients in your care.",
                "<dt>Episodes of care</dt><dd>5</dd>", "<dt>Pain improved importantly (latest)</dt><dd>75 %</dd>",
                "<dt>Median pain change (latest)</dt><dd>2.5 points better</dd>",
                "id=\"pain-mcid-chart\"", "id=\"odi-mcid-chart\"",
                // week 12: nobody re-assessed yet, said so rather than drawn as 0 %
                "week 6 67 %, week 12 none re-assessed, latest 75 %",
                "<td>Lower back</td>", "<td>100 %</td>", "<td>High risk</td>", "<td>1 point worse</td>",
                "href=\"/therapist/results\" aria-current=\"page\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "admin")
    void anAdminReadsTheClinics() {
        assertThat(given().when().get("/therapist/results").then().statusCode(200).extract().asString())
                .contains("Every episode in the clinic.");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "patient")
    void aPatientHasNoResultsPage() {
        given().when().get("/therapist/results").then().statusCode(403);
    }
}
