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
import static org.telerehab.portal.web.StaffFixtures.PATIENT;
import static org.telerehab.portal.web.StaffFixtures.THERAPIST;

/** The staff pages' times in the zone of the user's browser (the tz cookie portal.js sets), UTC without it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class StaffTimesPageTest {

    static final String LATE_EVENING_IN_CALIFORNIA = "2026-12-05T03:30:00Z";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aReportLateOnTheFourthInCalifornia() {
        services.resetAll();
        String report = StaffFixtures.openEmergency(LATE_EVENING_IN_CALIFORNIA, "2026-12-05T04:30:00Z");
        StaffFixtures.worklist(services, report, "2026-12-01T08:00:00Z");
        StaffFixtures.redFlags(services, report);
        ServiceStubs.json(services, get("/api/red-flags/escalated"), 200,
                "[{\"patientId\":\"%s\",\"report\":%s}]".formatted(PATIENT, report));
    }

    private static String page(String path, String zone) {
        var request = given();
        if (zone != null) {
            request.cookie("tz", zone);
        }
        return request.when().get(path).then().statusCode(200).extract().asString().replace('\u202f', ' ');
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistReadsTimesInTheirBrowsersZone() {
        assertThat(page("/therapist", "America/Los_Angeles"))
                .contains("Dec 4, 2026, 7:30 PM PST", "Dec 1, 2026, 12:00 AM PST").doesNotContain("UTC");
        assertThat(page("/therapist/patients/" + PATIENT, "America/Los_Angeles"))
                .contains("reported at a daily check-in, Dec 4, 2026, 7:30 PM PST",
                        "admins on Dec 4, 2026, 8:30 PM PST");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void withoutTheCookieTimesAreInUtcAndSaySo() {
        assertThat(page("/therapist", null)).contains("Dec 5, 2026, 3:30 AM UTC");
        assertThat(page("/therapist", "Not/A_Zone")).contains("Dec 5, 2026, 3:30 AM UTC");
    }

    @Test
    @TestSecurity(user = "55555555-5555-4555-8555-555555555555", roles = "admin")
    void theAdminReadsEscalationsInTheirZone() {
        assertThat(page("/admin/red-flags", "America/Los_Angeles"))
                .contains("Dec 4, 2026, 7:30 PM PST", "admins on Dec 4, 2026, 8:30 PM PST");
    }
}
