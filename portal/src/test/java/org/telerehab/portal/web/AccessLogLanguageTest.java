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

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "Who saw my records" in the patient's language, each time in the patient's own zone. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class AccessLogLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String LOG = "/api/patients/" + PATIENT + "/access-log";
    static final String ENTRIES = """
            {"entries":[{"id":7,"at":"2026-12-04T21:30:00Z","actorId":"%s","actorRole":"therapist",
             "action":"READ","resourceType":"CarePlan","resourceId":"c1","reason":null},
             {"id":8,"at":"2026-12-05T08:00:00Z","actorId":"%s","actorRole":"patient",
             "action":"CREATE","resourceType":"CheckIn","resourceId":"k1","reason":null}],"next":null}"""
            .formatted(THERAPIST, PATIENT);

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    private static String log() {
        return given().when().get("/patient/access-log").then().statusCode(200).extract().asString();
    }

    private static String when(String tag, String zone, String at) {
        return new UserTime.Words(Locale.forLanguageTag(tag), ZoneId.of(zone)).when(Instant.parse(at));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void inSpanishTheTimesAreThePatientsInSydneyAndAServiceNotAnsweringIsNamed() {
        ServiceStubs.speaks(services, PATIENT, "es", "Australia/Sydney");
        // intake and program answer, progress does not (the portal asks them in this order)
        services.stubFor(get(LOG).inScenario("log").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("program")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(ENTRIES)));
        services.stubFor(get(LOG).inScenario("log").whenScenarioStateIs("program").willSetStateTo("progress")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"entries\":[],\"next\":null}")));
        services.stubFor(get(LOG).inScenario("log").whenScenarioStateIs("progress")
                .willReturn(aResponse().withStatus(503)));

        String html = log();

        String morning = when("es", "Australia/Sydney", "2026-12-05T08:00:00Z");
        String evening = when("es", "Australia/Sydney", "2026-12-04T21:30:00Z");
        assertThat(morning).contains("2026").contains("19:00"); // 08:00 UTC is 19:00 in Sydney in December
        assertThat(html).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Quién vio mis datos</h1>",
                "<th scope=\"col\">Cuándo</th>", "sesiones, registros diarios y progreso")
                .containsSubsequence(morning, "Usted", "añadió un registro diario",
                        evening, "Fisioterapeuta 33333333", "vio su plan")
                .doesNotContain("UTC", "page-in-english", "viewed");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void inFrenchAndInArabic() {
        services.stubFor(get(LOG).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ENTRIES)));
        ServiceStubs.speaks(services, PATIENT, "fr", "Europe/Paris");
        assertThat(log()).contains("<html lang=\"fr\" dir=\"ltr\">", "Qui a consulté mon dossier",
                "Kinésithérapeute 33333333", "a consulté votre programme", "Vous",
                when("fr", "Europe/Paris", "2026-12-04T21:30:00Z")).doesNotContain("incomplète");
        ServiceStubs.speaks(services, PATIENT, "ar", "Asia/Amman");
        assertThat(log()).contains("<html lang=\"ar\" dir=\"rtl\">", "من اطّلع على سجلاتي", "اطّلع على خطتك",
                "أضاف متابعة يومية", when("ar", "Asia/Amman", "2026-12-05T08:00:00Z"));
    }
}
