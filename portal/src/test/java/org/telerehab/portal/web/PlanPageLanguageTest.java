package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My plan" in the patient's language: the dose, the limits and the headings are the portal's words; the exercises'
 * own words come from program-service in English and are marked so.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class PlanPageLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aDailyPlan() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 7);
    }

    private static String plan() {
        return given().when().get("/patient/plan").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePlanIsInSpanishWithTheExercisesOwnWordsMarkedEnglish() {
        ServiceStubs.speaks(services, PATIENT, "es", "Europe/Madrid");
        assertThat(plan()).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Mi plan</h1>",
                "7 por semana", "desde el 5 de enero de 2026", "Una minisesión de 2-3 minutos cada 2 horas",
                "<h2 id=\"ex-0\" lang=\"en\">Dead bug</h2>", "<strong>Dosis:</strong> 2 series × 8 repeticiones",
                "1 serie, mantener 30 s", "<strong>Cuándo:</strong> A cualquier hora del día",
                "Trabaje a 6-7 sobre 10", "href=\"/patient/session\">Registrar una sesión</a>")
                .doesNotContain("page-in-english", "Dose:", "per week", "Any time of day");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePlanIsInFrench() {
        ServiceStubs.speaks(services, PATIENT, "fr", "Europe/Paris");
        assertThat(plan()).contains("<html lang=\"fr\" dir=\"ltr\">", "<h1>Mon programme</h1>",
                "7 par semaine", "5 janvier 2026", "<strong>Dose :</strong> 2 séries × 8 répétitions",
                "<h2 id=\"ex-1\" lang=\"en\">Cat-cow</h2>", "Travaillez à 6-7 sur 10")
                .doesNotContain("page-in-english", "When:");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePlanIsInArabicRightToLeft() {
        ServiceStubs.speaks(services, PATIENT, "ar", "Asia/Amman");
        assertThat(plan()).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>خطتي</h1>", "<strong>الجرعة:</strong>",
                "<strong>متى:</strong> في أي وقت من اليوم", "<h2 id=\"ex-0\" lang=\"en\">Dead bug</h2>")
                .doesNotContain("page-in-english", "Intensity:");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void anExerciseATherapistTranslatedIsReadInThePatientsLanguageAndTheOtherInEnglish() {
        ServiceStubs.speaks(services, PATIENT, "es", "Europe/Madrid");
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active"))
                .withQueryParam("locale", equalTo("es")), 200, """
                {"id":"44444444-4444-4444-8444-444444444444","status":"ACTIVE","startDate":"2026-01-05",
                 "sessionsPerWeek":3,"items":[
                  {"exerciseId":"e1","sets":2,"reps":8,"holdSeconds":0,"exercise":{"name":"Bicho muerto",
                   "summary":"Brazo y pierna contrarios","steps":["Túmbese boca arriba"],"equipment":["mat"],
                   "contentLocale":"es"}},
                  {"exerciseId":"e2","sets":1,"reps":0,"holdSeconds":30,"exercise":{"name":"Cat-cow",
                   "contentLocale":"en"}}]}
                """);
        assertThat(plan()).contains("<h2 id=\"ex-0\" lang=\"es\">Bicho muerto</h2>",
                "<p lang=\"es\">Brazo y pierna contrarios</p>", "<ol lang=\"es\"><li>Túmbese boca arriba</li></ol>",
                "<span lang=\"en\">mat</span>", "<h2 id=\"ex-1\" lang=\"en\">Cat-cow</h2>");
    }
}
