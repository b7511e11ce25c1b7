package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The re-assessment against stand-in services: due on the home page, the form, what changed, a refusal in words. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ReassessmentPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void nothingOnHold() {
        services.resetAll();
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 404,
                "{\"status\":404,\"title\":\"Not found\"}");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[]");
    }

    private void due(String week) {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/reassessments/due"), 200,
                "{\"week\":" + week + ",\"dueFrom\":" + ("null".equals(week) ? "null" : "\"2026-12-01\"") + "}");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theHomePageSaysWhenAReassessmentIsDue() {
        due("2");
        assertThat(given().when().get("/patient").then().statusCode(200).extract().asString())
                .contains("id=\"reassessment-due\"", "week 2 of your plan", "href=\"/patient/reassessment\"");
        due("null");
        assertThat(given().when().get("/patient").then().statusCode(200).extract().asString())
                .doesNotContain("id=\"reassessment-due\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePatientAnswersAndIsToldWhatChangedSinceTheFirstScreening() {
        due("6");
        String form = given().when().get("/patient/reassessment").then().statusCode(200).extract().asString();
        assertThat(form).contains("week 6 of your plan", "name=\"painAverageWeek\"", "name=\"sb8\"",
                "name=\"bothersomeness\"", "name=\"odi10\"");
        // every input has a label pointing at it
        assertThat(ServiceStubs.ids(form, "<label[^>]* for=\"([^\"]+)\""))
                .containsAll(ServiceStubs.ids(form, "<(?:input|select)[^>]* id=\"([^\"]+)\""));
        ServiceStubs.json(services, post("/api/reassessments"), 201, """
                {"id":"r1","change":{"painPoints":2,"odiPoints":8,"painMcid":true,"odiMcid":false}}""");

        String saved = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("painNow", "3", "painAverageWeek", "4", "sb1", "yes", "bothersomeness", "SLIGHTLY",
                        "odi1", "1", "odi2", "2"))
                .when().post("/patient/reassessment").then().statusCode(200).extract().asString();

        services.verify(postRequestedFor(urlEqualTo("/api/reassessments")).withRequestBody(equalToJson("""
                {"painNow":3,"painAverageWeek":4,
                 "startBack":{"items":[true,false,false,false,false,false,false,false],"bothersomeness":"SLIGHTLY"},
                 "odi":[1,2,null,null,null,null,null,null,null,null]}""")));
        assertThat(saved).contains("Your average pain is 2 points lower: a change you can feel.",
                "Back pain gets in the way of daily life 8 points less (out of 100).");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aRefusalIsShownInWordsOnTheForm() {
        due("null");
        ServiceStubs.json(services, post("/api/reassessments"), 409, """
                {"type":"https://telerehab.org/problems/episode-ended","title":"Conflict","status":409,
                 "detail":"Your episode of care has ended; a new screening starts the next one"}""");

        String page = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("painNow", "3", "painAverageWeek", "4"))
                .when().post("/patient/reassessment").then().statusCode(200).extract().asString();

        assertThat(page).contains("Your episode of care has ended; a new screening starts the next one",
                "id=\"reassessment-form\"");
    }

    @Test
    void theChangeInThePatientsWords() {
        Messages english = PortalLanguage.messages("en");
        assertThat(ReassessmentResource.painChange(english, Map.of("painPoints", 1, "painMcid", false)))
                .isEqualTo("Your average pain is 1 point lower.");
        assertThat(ReassessmentResource.painChange(english, Map.of("painPoints", -2, "painMcid", false)))
                .startsWith("Your average pain is 2 points higher.");
        assertThat(ReassessmentResource.painChange(english, Map.of("painPoints", 0, "painMcid", false)))
                .isEqualTo("Your average pain is the same.");
        assertThat(ReassessmentResource.odiChange(english, Map.of("painPoints", 0))).isNull();
        assertThat(ReassessmentResource.odiChange(english, Map.of("odiPoints", 12, "odiMcid", true)))
                .endsWith("12 points less (out of 100): a change you can feel.");
    }
}
