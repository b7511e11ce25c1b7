package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who saw my records": the three services' access logs on one page, newest first, in words, with an admin's reason;
 * a service that does not answer is named rather than silently left out.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class AccessLogPageTest {

    static final String PATIENT = "11111111-1111-4111-8111-111111111111";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String ADMIN = "55555555-5555-4555-8555-555555555555";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePatientReadsWhoOpenedTheirRecordsAcrossTheServicesNewestFirst() {
        // the portal asks intake, then program, then progress (one stand-in answers for the three, in turn)
        String log = "/api/patients/" + PATIENT + "/access-log";
        answer(log, Scenario.STARTED, "program", """
                {"entries":[{"id":7,"at":"2026-12-04T09:00:00Z","actorId":"%s","actorRole":"therapist",
                 "action":"READ","resourceType":"Screening","resourceId":"s1","reason":null}],"next":null}"""
                .formatted(THERAPIST));
        answer(log, "program", "progress", """
                {"entries":[{"id":3,"at":"2026-12-05T08:30:00Z","actorId":"%s","actorRole":"admin",
                 "action":"READ","resourceType":"RedFlagHistory","resourceId":"p1",
                 "reason":"complaint review 2026-117"},
                 {"id":2,"at":"2026-12-01T08:00:00Z","actorId":"%s","actorRole":"patient","action":"READ",
                 "resourceType":"CarePlan","resourceId":"c1","reason":null}],"next":null}"""
                .formatted(ADMIN, PATIENT));
        services.stubFor(get(log).inScenario("log").whenScenarioStateIs("progress")
                .willReturn(aResponse().withStatus(503)));

        String html = given().when().get("/patient/access-log").then().statusCode(200).extract().asString();

        assertThat(html).containsSubsequence("Clinic administrator 55555555", "viewed your warning signs",
                "complaint review 2026-117", "Therapist 33333333", "viewed a screening", "You", "viewed your plan");
        assertThat(html).contains("This list may be incomplete", "sessions, check-ins and progress");
        assertThat(given().when().get("/patient").then().statusCode(200).extract().asString())
                .contains("href=\"/patient/access-log\"");
    }

    private void answer(String path, String state, String next, String body) {
        services.stubFor(get(path).inScenario("log").whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
