package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The discharge summary against a stand-in progress- and registry-service: the page and its PDF say the same. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class DischargeSummaryPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String OUTCOMES = """
            {"baseline":{"pain":7,"odiPercent":42,"startBackTotal":5,"risk":"MEDIUM","at":"2026-09-01T09:00:00Z"},
             "dischargedAt":"2026-12-01T10:00:00Z","pain":[{"date":"2026-09-02","value":6.5}],
             "reassessments":[
               {"at":"2026-09-15T09:00:00Z","painAverageWeek":6,"odiPercent":40,"startBackTotal":4,"risk":"MEDIUM",
                "painPoints":1,"odiPoints":2,"painMcid":false,"odiMcid":false},
               {"at":"2026-11-25T09:00:00Z","painAverageWeek":3,"odiPercent":30,"startBackTotal":2,"risk":"LOW",
                "painPoints":4,"odiPoints":12,"painMcid":true,"odiMcid":true}],
             "alerts":[{"type":"FLARE","raisedAt":"2026-10-03T08:00:00Z","detail":"Pain 9/10","resolvedAt":"2026-10-04T08:00:00Z"},
                       {"type":"NOT_IMPROVING","raisedAt":"2026-11-01T08:00:00Z","detail":"x","resolvedAt":null}]}""";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void episode() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 200, OUTCOMES);
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/progress"), 200,
                "{\"adherence28d\":0.75,\"sessionsLogged\":31}");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"givenName\":\"Pia\",\"familyName\":\"Two\"}");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void thePageSaysTheBaselineTheLastReassessmentTheChangePracticeAndAlerts() {
        String page = given().when().get("/therapist/patients/" + PATIENT + "/summary").then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("Pia Two", "7/10", "42 %", "5/9, medium risk", "3/10", "30 %", "2/9, low risk",
                "Pain: 4 points better against the baseline (a minimal important change)",
                "Oswestry: 12 points better against the baseline (a minimal important change)",
                "75 % of the prescribed sessions in the last 28 days (31 sessions logged in all)",
                "Pain flare: raised", "still open", "id=\"summary-pdf\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void thePdfHoldsTheSameSummary() throws IOException {
        byte[] pdf = given().when().get("/therapist/patients/" + PATIENT + "/summary/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("discharge-summary-22222222.pdf"))
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Discharge summary", "Pia Two", "7/10", "3/10",
                    "Pain: 4 points better against the baseline (a minimal important change)", "Pain flare");
        }
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void withoutAReassessmentNoChangeIsStatedAndARefusalIsShownInWords() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 200, """
                {"baseline":{"pain":7,"odiPercent":null,"startBackTotal":null,"risk":"MEDIUM",
                 "at":"2026-09-01T09:00:00Z"},"dischargedAt":null,"pain":[],"reassessments":[],"alerts":[]}""");
        assertThat(given().when().get("/therapist/patients/" + PATIENT + "/summary").then().statusCode(200)
                .extract().asString()).contains("still running", "No re-assessment in this episode", "None.");

        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 403, """
                {"type":"https://telerehab.org/problems/forbidden","title":"Forbidden","status":403,
                 "detail":"You do not care for this patient"}""");
        assertThat(given().when().get("/therapist/patients/" + PATIENT + "/summary").then().statusCode(200)
                .extract().asString()).contains("You do not care for this patient")
                .doesNotContain("id=\"discharge-summary\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theSummarySpeaksTheBrowsersLanguageWithItsDaysInTheBrowsersZone() throws IOException {
        String spanish = given().header("Accept-Language", "es").cookie(UserTime.COOKIE, "Pacific/Kiritimati")
                .when().get("/therapist/patients/" + PATIENT + "/summary").then().statusCode(200).extract()
                .asString();
        assertThat(spanish).as("discharged 2026-12-01T10:00Z: Dec 2 at UTC+14").contains(
                "<html lang=\"es\" dir=\"ltr\">", "<h1>Resumen de alta</h1>",
                "Episodio de atención del 1 de septiembre de 2026 al 2 de diciembre de 2026.",
                "Dolor: 4 puntos mejor respecto a la situación inicial (un cambio mínimo importante)",
                "2/9, riesgo bajo", "75 % de las sesiones prescritas", "Crisis de dolor: emitida el",
                "id=\"summary-pdf\"").doesNotContain("page-in-english", "Discharge summary");
        String arabic = given().header("Accept-Language", "ar").when()
                .get("/therapist/patients/" + PATIENT + "/summary").then().statusCode(200).extract().asString();
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>ملخص الإخراج</h1>", "مقارنة بالبداية")
                .doesNotContain("against the baseline");

        byte[] pdf = given().header("Accept-Language", "fr").cookie(UserTime.COOKIE, "Pacific/Kiritimati").when()
                .get("/therapist/patients/" + PATIENT + "/summary/pdf").then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Résumé de fin de suivi", "au 2 décembre 2026", "4 points d’amélioration");
        }
    }
}
