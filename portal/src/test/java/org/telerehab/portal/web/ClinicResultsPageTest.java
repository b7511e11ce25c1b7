package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        StaffFixtures.outcomesSummary(services);
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
