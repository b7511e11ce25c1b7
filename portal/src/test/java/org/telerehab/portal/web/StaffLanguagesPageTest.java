package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.portal.web.StaffFixtures.PATIENT;
import static org.telerehab.portal.web.StaffFixtures.THERAPIST;

/**
 * The therapist's pages in the browser's language (Accept-Language), Arabic right to left; a staff page not
 * translated yet is in English and says so; every word of StaffMessages is in each language.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class StaffLanguagesPageTest {

    static final String ADMIN = "55555555-5555-4555-8555-555555555555";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void anEscalatedEmergency() {
        services.resetAll();
        String report = StaffFixtures.openEmergency("2026-12-04T10:15:00Z", "2026-12-04T11:15:00Z");
        StaffFixtures.worklist(services, report, "2026-12-01T08:00:00Z");
        StaffFixtures.redFlags(services, report);
    }

    private static String page(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theWorklistSpeaksTheBrowsersLanguage() {
        assertThat(page("/therapist", "es-MX,es;q=0.9")).contains("<html lang=\"es\" dir=\"ltr\">",
                "Lista de trabajo de triaje", "Bandera roja de urgencia, abierta", "notificada en un control diario",
                "Cambio en la vejiga o el intestino", "Zona lumbar, Dolor que baja por la pierna (ciático)",
                "Alerta: Crisis de dolor", "Riesgo bajo", "dic 2026", ">Lista de trabajo</a>")
                .doesNotContain("page-in-english", "Triage worklist");
        String arabic = page("/therapist", "ar");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "قائمة عمل الفرز", "علامة حمراء طارئة، مفتوحة",
                "أسفل الظهر").doesNotContain("Triage worklist", "Emergency red flag");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void thePatientPageSpeaksTheBrowsersLanguage() {
        String spanish = page("/therapist/patients/" + PATIENT, "es");
        assertThat(spanish).contains("<html lang=\"es\" dir=\"ltr\">", "Banderas rojas", "He visto esto y he actuado",
                "Registrar un alta médica", "Escalada a los administradores de la clínica el", "Dar de alta",
                "Devolver a la bolsa de triaje").doesNotContain("page-in-english", "Record a clearance");
        String arabic = page("/therapist/patients/" + PATIENT, "ar");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "العلامات الحمراء", "تسجيل إذن طبي",
                "إخراج المريض").doesNotContain("Record a clearance", "Red flags</h2>");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void thePlanBuilderSpeaksTheBrowsersLanguageAndItsWarningsToo() {
        StaffFixtures.planBuilderWithWarning(services);
        String plan = "/therapist/patients/" + PATIENT + "/plan";
        assertThat(page(plan, "es")).contains("<html lang=\"es\" dir=\"ltr\">", "Partir de una plantilla",
                "Gentle start (Zona lumbar)", "Sesiones por semana", "Si (desencadenante 1)",
                "Todavía no hay ejercicios", "Comprobar y asignar el plan", "id=\"assign-plan\"")
                .doesNotContain("page-in-english", "Start from a template");
        String arabic = given().header("Accept-Language", "ar").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "assign", "startDate", "2026-12-07", "sessionsPerWeek", "3",
                        "count", "1", "exerciseId0", StaffFixtures.KNEE_TO_CHEST, "sets0", "2", "reps0", "5",
                        "hold0", "20", "cap0", "6"))
                .when().post(plan).then().statusCode(200).extract().asString();
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "تحذيرات تحتاج إلى قرار",
                "ثني العمود الفقري مسموح خلال الساعة الأولى بعد الاستيقاظ", "فحص السلامة لتمرين",
                "<h3 id=\"item-0\" lang=\"en\">Knee-to-chest stretch</h3>", "id=\"ack-0-MORNING_FLEXION\"",
                "<p class=\"hint\" lang=\"en\">Knee-to-chest stretch has no limit</p>", "المجموعات")
                .doesNotContain("Warnings to decide on", "Spinal flexion allowed", "Sets</label>");
        String french = given().header("Accept-Language", "fr").when().get("/therapist/patients/" + PATIENT)
                .then().statusCode(200).extract().asString();
        assertThat(french).as("a (no-break) space before the colon, as French writes it")
                .contains("</a>\u00a0: situation initiale");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void theAdminsHomeSpeaksTheBrowsersLanguage() {
        ServiceStubs.json(services, get("/api/red-flags/escalated"), 200, "[{\"patientId\":\"%s\",\"report\":%s}]"
                .formatted(PATIENT, StaffFixtures.openEmergency("2026-12-04T10:15:00Z", "2026-12-04T11:15:00Z")));
        assertThat(page("/admin", "es")).contains("<html lang=\"es\" dir=\"ltr\">",
                "<strong>1 bandera(s) roja(s) de urgencia</strong> esperaron demasiado", "Pacientes sin terapeuta",
                "id=\"escalated-link\"").doesNotContain("page-in-english", "Patients without a therapist");
        assertThat(page("/admin", "ar")).contains("<html lang=\"ar\" dir=\"rtl\">", "علامات حمراء طارئة: 1",
                "مرضى بلا معالج").doesNotContain("Patients without a therapist");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theLibrarySpeaksTheBrowsersLanguageAndKeepsExerciseNamesInEnglish() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises")), 200, """
                [{"id":"%s","name":"Knee-to-chest stretch","version":2,"regions":["LUMBAR"],
                  "movementTags":["LUMBAR_FLEXION","STRETCH"],"dose":{"sets":2,"reps":5,"holdSeconds":20},
                  "intensityCap":6,"equipment":["mat"],"media":[]}]""".formatted(StaffFixtures.KNEE_TO_CHEST));
        assertThat(page("/therapist/exercises", "es")).contains("<html lang=\"es\" dir=\"ltr\">",
                "<span lang=\"en\">Knee-to-chest stretch</span>", "versión 2", "Zona lumbar",
                "2 series × 5 repeticiones, mantener 20 s", "intensidad máxima 6 / 10", "Cualquier región",
                "1 ejercicio.", "id=\"search-library\"").doesNotContain("page-in-english", "Any region");
        assertThat(page("/therapist/exercises?region=LUMBAR", "ar")).contains("<html lang=\"ar\" dir=\"rtl\">",
                "عدد التمارين المطابقة: 1", "<option value=\"LUMBAR\" selected>أسفل الظهر</option>")
                .doesNotContain("Any region", "exercise matches");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aStaffPageNotYetTranslatedIsInEnglishAndSaysSo() {
        // every staff page is translated: a page of the tests is not (PortalLanguageTest)
        assertThat(page(UntranslatedTestPage.PATH, "fr")).contains("<html lang=\"en\" dir=\"ltr\">",
                "id=\"page-in-english\" lang=\"fr\">Cette page n’est pas encore disponible en français",
                ">Worklist</a>").doesNotContain(">Liste de travail</a>");
    }

    @Test
    void everyStaffWordIsTranslatedIntoEachLanguage() {
        for (String tag : List.of("es", "fr", "ar")) {
            assertThat(BundleCoverage.missingKeys(StaffMessages.class, "staff", tag)).as(tag).isEmpty();
            assertThat(BundleCoverage.missingKeys(StaffCodeWords.class, "staffcodes", tag)).as(tag).isEmpty();
        }
        assertThat(BundleCoverage.missingKeys(StaffCodeWords.class, "staffcodes", "en")).as("code labels in English")
                .isEmpty();
    }
}
