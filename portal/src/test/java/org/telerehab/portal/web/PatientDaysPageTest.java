package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's default dates are the patient's days: the check-in's date and a new plan's start in the time zone of
 * the patient's profile. Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same day, so a portal counting
 * days in UTC (or any one zone) fails one of the two at any hour.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class PatientDaysPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void stubs() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/templates"), 200, "[]");
        ServiceStubs.json(services, get("/api/exercises"), 200, "[]");
    }

    private void livesIn(String zone) {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"timeZone\":\"" + zone + "\"}");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theCheckInIsForThePatientsToday() {
        for (String zone : new String[]{"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
            livesIn(zone);
            String form = given().when().get("/patient/checkin").then().statusCode(200).extract().asString();
            assertThat(form).as(zone).contains("id=\"date\" name=\"date\" value=\"" + LocalDate.now(ZoneId.of(zone))
                    + "\"");
        }
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aNewPlanStartsOnThePatientsToday() {
        for (String zone : new String[]{"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
            livesIn(zone);
            services.resetRequests();
            String builder = given().when().get("/therapist/patients/" + PATIENT + "/plan").then().statusCode(200)
                    .extract().asString();
            assertThat(builder).as(zone).contains("name=\"startDate\" value=\"" + LocalDate.now(ZoneId.of(zone))
                    + "\"");
            // the page needs the patient's name and their day: one profile read (one audit record), not two
            services.verify(1, getRequestedFor(urlEqualTo("/api/patients/" + PATIENT)));
        }
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void withoutAKnownZoneItIsTheUtcDayAsTheServicesCountIt() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 503, "{\"status\":503,\"title\":\"Down\"}");
        String form = given().when().get("/patient/checkin").then().statusCode(200).extract().asString();
        assertThat(form).contains("value=\"" + LocalDate.now(java.time.ZoneOffset.UTC) + "\"");
    }
}
