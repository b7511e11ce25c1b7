package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** The therapist's discharge, hand-over and release forms against stand-in services: what is sent, and refusals in words. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class CareFormsTest {

    static final String PATIENT = "11111111-1111-4111-8111-111111111111";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String COLLEAGUE = "44444444-4444-4444-8444-444444444444";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistDischargesWithAReasonAndReadsThatTheEpisodeEnded() {
        assertThat(given().when().get("/therapist/patients/" + PATIENT).then().statusCode(200).extract().asString())
                .contains("id=\"discharge-form\"", "<label for=\"reason\">", "id=\"release-form\"");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/discharge"), 201, """
                {"id":"d1000000-0000-4000-8000-000000000001","patientId":"%s","therapistId":"%s","planId":null,
                 "reason":"Goals met","dischargedAt":"2026-12-05T09:00:00Z"}""".formatted(PATIENT, THERAPIST));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "  Goals met: walks 5 km without pain  ")
                .when().post("/care/patients/" + PATIENT + "/discharge")
                .then().statusCode(303).header("Location", endsWith("?discharged=1"));

        services.verify(postRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/discharge"))
                .withRequestBody(equalToJson("{\"reason\":\"Goals met: walks 5 km without pain\"}")));
        assertThat(given().when().get("/therapist/patients/" + PATIENT + "?discharged=1").then().statusCode(200)
                .extract().asString()).contains("id=\"patient-discharged\"", "episode of care has ended");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aDischargeRefusedForAnOpenRedFlagSaysSoAndKeepsTheReason() {
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/discharge"), 409, """
                {"type":"https://telerehab.org/problems/red-flag-not-cleared","title":"Conflict","status":409,
                 "detail":"An open red-flag report must be cleared before the patient is discharged"}""");

        String html = given().contentType("application/x-www-form-urlencoded").formParam("reason", "Moved away")
                .when().post("/care/patients/" + PATIENT + "/discharge").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("The patient was not discharged", "Record a physician&#39;s clearance first",
                ">Moved away</textarea>").doesNotContain("\"type\"", "id=\"patient-discharged\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistHandsThePatientToAColleagueChosenByName() {
        ServiceStubs.json(services, get("/api/therapists"), 200, """
                [{"id":"%s","givenName":"Tom","familyName":"Self"},
                 {"id":"%s","givenName":"Lena","familyName":"Berg"}]""".formatted(THERAPIST, COLLEAGUE));
        String page = given().when().get("/therapist/patients/" + PATIENT).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"transfer-form\"", "<option value=\"" + COLLEAGUE + "\">Lena Berg</option>")
                .as("not oneself").doesNotContain("Tom Self");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/care/transfer"), 200, """
                {"patientId":"%s","therapistId":"%s","since":"2026-12-05T09:00:00Z"}""".formatted(PATIENT, COLLEAGUE));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("therapistId", COLLEAGUE).when().post("/care/patients/" + PATIENT + "/transfer")
                .then().statusCode(303).header("Location", endsWith("/therapist?transferred=1"));

        services.verify(postRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/care/transfer"))
                .withRequestBody(equalToJson("{\"therapistId\":\"" + COLLEAGUE + "\"}")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aHandOverWithoutAChoiceSendsNothing() {
        String html = given().contentType("application/x-www-form-urlencoded").formParam("therapistId", "")
                .when().post("/care/patients/" + PATIENT + "/transfer").then().statusCode(200).extract().asString();

        assertThat(html).contains("The patient was not handed over", "Choose the therapist");
        services.verify(0, postRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/care/transfer")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void releasingSendsThePatientBackToThePool() {
        services.stubFor(delete("/api/patients/" + PATIENT + "/care").willReturn(aResponse().withStatus(204)));

        given().redirects().follow(false).when().post("/care/patients/" + PATIENT + "/release")
                .then().statusCode(303).header("Location", endsWith("/therapist?released=1"));

        services.verify(deleteRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/care")));
        assertThat(given().when().get("/therapist?released=1").then().statusCode(200).extract().asString())
                .contains("id=\"patient-released\"", "Released to the triage pool");
    }
}
