package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.AlertType;

import java.lang.reflect.Method;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's pages in the language of their profile, Arabic right to left; a page not translated yet is wholly in
 * English and says so in the patient's language; every word of Messages has its Spanish, French and Arabic.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class LanguagesPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aDailyPlan() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 7);
    }

    private void speaks(String locale) {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"locale\":\"" + locale + "\",\"timeZone\":\"Europe/Madrid\"}");
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theTodayPageAndTheSessionFormSpeakThePatientsLanguage() {
        speaks("es");
        assertThat(page("/patient")).contains("<html lang=\"es\" dir=\"ltr\">", "Para hoy", "La sesión de hoy",
                "2 series × 8 repeticiones", "<span lang=\"en\">Dead bug</span>", ">Mi plan</a>");
        assertThat(page("/patient/session")).contains("Dolor antes de la sesión", "0 sin dolor",
                "Apunte a 6-7 sobre 10, nunca 8 o más.", "Guardar sesión");
        speaks("fr");
        assertThat(page("/patient")).contains("<html lang=\"fr\" dir=\"ltr\">", "À faire aujourd’hui",
                "2 séries × 8 répétitions");
        speaks("ar");
        String arabic = page("/patient");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "مهام اليوم", "جلسة اليوم");
        assertThat(arabic).doesNotContain("To do today");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aPageNotYetTranslatedIsInEnglishAndSaysSoInThePatientsLanguage() {
        speaks("es");
        assertThat(page("/patient/progress")).contains("<html lang=\"en\" dir=\"ltr\">",
                "<p class=\"notice\" id=\"page-in-english\" lang=\"es\">Esta página aún no está disponible en español");
        speaks("en");
        assertThat(page("/patient/progress")).doesNotContain("page-in-english");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void withoutAProfileLanguageTheBrowsersChoiceIsUsed() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 404, "{\"status\":404}");
        assertThat(given().header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").when().get("/patient").then()
                .statusCode(200).extract().asString()).contains("<html lang=\"fr\"");
        assertThat(given().header("Accept-Language", "de-DE,de;q=0.9").when().get("/patient").then()
                .statusCode(200).extract().asString()).contains("<html lang=\"en\"");
    }

    @Test
    void everyWordIsTranslatedIntoEachLanguage() throws Exception {
        Messages english = PortalLanguage.messages("en");
        for (String tag : List.of("es", "fr", "ar")) {
            Messages words = PortalLanguage.messages(tag);
            for (Method m : Messages.class.getDeclaredMethods()) {
                if (m.getParameterCount() == 0) {
                    assertThat(m.invoke(words)).as(tag + " " + m.getName()).isNotEqualTo(m.invoke(english));
                }
            }
            for (AlertType type : AlertType.values()) {
                assertThat(words.alertAdvice(type)).as(tag + " " + type).isNotEqualTo(english.alertAdvice(type))
                        .isNotBlank();
                assertThat(words.alertName(type)).as(tag + " " + type).isNotEqualTo(english.alertName(type));
            }
        }
        assertThat(english.alertAdvice(AlertType.PAIN_AFTER_SESSION)).contains("back off");
    }
}
