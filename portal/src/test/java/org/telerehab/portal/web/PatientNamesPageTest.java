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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Therapists read patients' names (from registry-service) where they used to read ids; an id when it is down. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class PatientNamesPageTest {

    static final String PATIENT = "11111111-1111-4111-8111-111111111111";
    static final String UNKNOWN = "66666666-6666-4666-8666-666666666666";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void worklistOfTwo() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/worklist"), 200, """
                [{"patientId":"%s","disposition":"READY_FOR_PROGRAM","painTypes":["LUMBAR"],"risk":"LOW",
                  "baselinePain":4,"submittedAt":"2026-12-01T08:00:00Z","status":"IN_CARE","therapistId":"%s",
                  "openAlerts":[],"openRedFlags":[]},
                 {"patientId":"%s","disposition":"READY_FOR_PROGRAM","painTypes":["LUMBAR"],"risk":"LOW",
                  "baselinePain":4,"submittedAt":"2026-12-02T08:00:00Z","status":"NEW","therapistId":null,
                  "openAlerts":[],"openRedFlags":[]}]""".formatted(PATIENT, THERAPIST, UNKNOWN));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theWorklistAndThePatientPageNameThePatient() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients")), 200, """
                [{"id":"%s","givenName":"Inés","familyName":"García","birthDate":"1979-06-01","status":"ACTIVE"}]"""
                .formatted(PATIENT));
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200, """
                {"id":"%s","givenName":"Inés","familyName":"García","status":"ACTIVE"}""".formatted(PATIENT));

        String worklist = given().when().get("/therapist").then().statusCode(200).extract().asString();
        assertThat(worklist).contains(">Inés García</h2>", "aria-label=\"Open Inés García\"",
                // registry-service does not know this one (screened before enrolment existed): the id, not a gap
                ">Patient 66666666</h2>");
        assertThat(given().when().get("/therapist/patients/" + PATIENT).then().statusCode(200).extract().asString())
                .contains("<h1>Inés García</h1>");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void withRegistryServiceDownThePagesStillWorkWithIds() {
        services.stubFor(get(urlPathEqualTo("/api/patients")).willReturn(aResponse().withStatus(503)));

        assertThat(given().when().get("/therapist").then().statusCode(200).extract().asString())
                .contains(">Patient 11111111</h2>", ">Patient 66666666</h2>");
    }
}
