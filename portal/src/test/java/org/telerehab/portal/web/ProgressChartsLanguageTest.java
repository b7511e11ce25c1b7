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

/** The charts on "My progress" say their figures in the patient's language, with the patient's days. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ProgressChartsLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void anEpisode() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/progress"), 200,
                "{\"baselinePain\":8,\"latestPain\":5,\"sessionsLogged\":4,\"adherence7d\":0.5,\"openAlerts\":[]}");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 200, """
                {"baseline":{"pain":8,"odiPercent":40,"at":"2026-11-01T09:00:00Z"},
                 "pain":[{"date":"2026-11-02","value":7.5},{"date":"2026-11-14","value":5.0}],
                 "reassessments":[{"at":"2026-11-14T15:00:00Z","odiPercent":28}],
                 "practice":[{"from":"2026-11-01","days":7,"sessions":3},{"from":"2026-11-08","days":2,"sessions":1}],
                 "sessionsPerWeek":3}""");
    }

    private static String progress() {
        return given().when().get("/patient/progress").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void inSpanishOnTheirDaysInSydney() {
        ServiceStubs.speaks(services, PATIENT, "es", "Australia/Sydney");
        assertThat(progress()).contains("<html lang=\"es\"", "<div class=\"charts\">",
                "El dolor a lo largo del episodio", "8/10 al principio, 5/10 el 14 de noviembre de 2026",
                "en la última reevaluación (15 de noviembre de 2026)", "Las cifras en una tabla",
                "Semana 2 (desde el 8 de noviembre de 2026, 2 días hasta ahora)")
                .doesNotContain("Pain over the episode", "The figures as a table", "lang=\"en\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void inFrenchAndInArabic() {
        ServiceStubs.speaks(services, PATIENT, "fr", "Europe/Paris");
        assertThat(progress()).contains("<html lang=\"fr\"", "La douleur au fil de l’épisode",
                "Séances par semaine", "14 novembre 2026").doesNotContain("Sessions each week");
        ServiceStubs.speaks(services, PATIENT, "ar", "Asia/Amman");
        assertThat(progress()).contains("<html lang=\"ar\" dir=\"rtl\">", "الألم على امتداد فترة العلاج",
                "الجلسات كل أسبوع", "الأرقام في جدول").doesNotContain("Disability at each re-assessment");
    }
}
