package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * What the device's queue of logs made offline (portal.js) relies on: a logging form answers with the status of what
 * happened (stored or stored before: 200; refused for good: the service's 4xx, in words; the service down: 5xx, sent
 * again later), and the installable app's files are there for anyone.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class OfflineLoggingPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aPlan() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 3);
    }

    private static io.restassured.response.Response postSession() {
        return given().contentType("application/x-www-form-urlencoded").formParam("planId", "p")
                .formParam("painBefore", "3").formParam("painAfter", "3").formParam("perceivedIntensity", "6")
                .formParam("clientRequestId", "0b9e0b4e-2c36-4b8f-9d0c-4a1c1f7c2d11")
                .when().post("/patient/session");
    }

    private static int logSession() {
        return postSession().then().extract().statusCode();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aLoggingFormAnswersWithTheStatusOfWhatHappened() {
        ServiceStubs.json(services, post("/api/sessions"), 201, "{\"id\":\"s1\",\"alertsRaised\":[\"FLARE\"]}");
        String saved = postSession().then().statusCode(200).extract().asString();
        assertThat(saved).as("stored, and the alert it raised told in words").contains("id=\"session-saved\"",
                "<strong>Pain flare</strong> Your pain is higher than usual.");
        ServiceStubs.json(services, post("/api/sessions"), 409,
                "{\"status\":409,\"title\":\"Duplicate request\"}");
        assertThat(logSession()).as("stored before: nothing twice, and nothing to send again").isEqualTo(200);
        ServiceStubs.json(services, post("/api/sessions"), 422,
                "{\"status\":422,\"title\":\"Not your active plan\",\"detail\":\"The plan has changed.\"}");
        assertThat(logSession()).as("refused for good").isEqualTo(422);
        ServiceStubs.json(services, post("/api/sessions"), 503, "{\"status\":503,\"title\":\"Down\"}");
        assertThat(logSession()).as("to be sent again later").isEqualTo(503);
        ServiceStubs.json(services, post("/api/checkins"), 503, "{\"status\":503,\"title\":\"Down\"}");
        given().contentType("application/x-www-form-urlencoded").formParam("pain", "3").formParam("date", "2026-12-06")
                .when().post("/patient/checkin").then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("Daily check-in"));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theLoggingFormsCanWaitOnTheDevice() {
        for (String path : new String[] {"/patient/session", "/patient/checkin"}) {
            String html = given().when().get(path).then().statusCode(200).extract().asString();
            assertThat(html).as(path).contains("data-offline-queue=", "id=\"offline-saved\"",
                    "name=\"clientRequestId\"", "id=\"offline-queue\"", "<body data-user=\"" + PATIENT + "\">",
                    "<link rel=\"manifest\" href=\"/manifest.json\">");
        }
    }

    @Test
    void theInstallableAppsFilesAreThereForAnyone() {
        given().when().get("/manifest.json").then().statusCode(200)
                .body("start_url", org.hamcrest.Matchers.equalTo("/patient"))
                .body("display", org.hamcrest.Matchers.equalTo("standalone"))
                .body("icons.sizes", org.hamcrest.Matchers.hasItems("192x192", "512x512"));
        for (int size : new int[] {192, 512}) {
            byte[] png = given().when().get("/static/icons/telerehab-" + size + ".png").then().statusCode(200)
                    .contentType("image/png").extract().asByteArray();
            // the PNG header's width: the icon is the size the manifest says
            int width = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
            assertThat(width).isEqualTo(size);
        }
        given().when().get("/sw.js").then().statusCode(200).body(containsString("/patient/session"));
    }
}
