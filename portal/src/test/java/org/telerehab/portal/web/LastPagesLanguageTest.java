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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.portal.web.StaffFixtures.THERAPIST;

/**
 * The pages translated last in the browser's language, Arabic right to left: the clinic's results (its figures,
 * charts and tables worded in Java) and an exercise's translation pages (each language named in the page's);
 * every word of LibraryMessages in each language.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class LastPagesLanguageTest {

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    private static String page(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract()
                .asString();
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theResultsSpeakTheBrowsersLanguage() {
        StaffFixtures.outcomesSummary(services);

        assertThat(page("/therapist/results", "es-ES,es;q=0.9")).contains("<html lang=\"es\" dir=\"ltr\">",
                "Resultados por episodios de atención", "Los episodios de los pacientes a su cargo.",
                "<dt>Episodios de atención</dt><dd>5</dd>", "<dt>Cambio mediano del dolor (última)</dt>"
                        + "<dd>2.5 puntos mejor</dd>",
                "Episodios con una mejoría importante del dolor: semana 6 67 %, semana 12 ninguno reevaluado,"
                        + " última 75 %.",
                "<td>Zona lumbar</td>", "<td>Riesgo alto</td>", "<td>1 punto peor</td>", "Por riesgo STarT Back")
                .doesNotContain("id=\"page-in-english\"");
        assertThat(page("/therapist/results", "ar")).contains("<html lang=\"ar\" dir=\"rtl\">",
                "النتائج عبر نوبات الرعاية", "<dt>نوبات الرعاية</dt><dd>5</dd>",
                "الأسبوع 6 67 %، الأسبوع 12 لم يُعَد تقييم أي منها، الأحدث 75 %", "<td>خطورة مرتفعة</td>")
                .doesNotContain("id=\"page-in-english\"");
    }

    @Test
    @TestSecurity(user = ExerciseTranslationPageTest.THERAPIST, roles = "therapist")
    void theTranslationPagesSpeakTheBrowsersLanguageAndNameEachLanguageInIt() {
        ExerciseTranslationPageTest.birdDog(services);
        String overview = ExerciseTranslationPageTest.PAGE;

        assertThat(page(overview, "es")).contains("<html lang=\"es\" dir=\"ltr\">",
                "<h1>Traducciones de <span lang=\"en\">Bird dog</span></h1>", "Versión 3 (actual)",
                "<strong>Español</strong>:", "traducido por usted el", ">Traducir al árabe</a>",
                "sin traducir: los pacientes leen el inglés.", "Solo en inglés")
                .doesNotContain("id=\"page-in-english\"");
        assertThat(page(overview, "ar")).contains("<html lang=\"ar\" dir=\"rtl\">", "النسخة 3 (الحالية)",
                "<strong>العربية</strong>:", ">الترجمة إلى العربية</a>", "النسخ السابقة")
                .doesNotContain("id=\"page-in-english\"");

        assertThat(page(overview + "/fr", "es")).contains("<html lang=\"es\" dir=\"ltr\">",
                "<label for=\"name\">Nombre en francés</label>", "<label for=\"steps-2\">Paso 3</label>",
                "<p id=\"steps-2-english\" lang=\"en\" dir=\"ltr\">Return slowly</p>",
                "aún no está traducida al francés", "Guardar la traducción al francés", "name=\"summary\"")
                .doesNotContain("id=\"page-in-english\"");
        String arabic = page(overview + "/ar", "ar");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "<label for=\"name\">الاسم بالعربية</label>",
                "<label for=\"cues-1\">الإرشاد 2</label>", "حفظ الترجمة إلى العربية", "id=\"translation-form\"")
                .doesNotContain("id=\"page-in-english\"");
    }

    @Test
    void everyWordOfTheLastPagesIsTranslatedIntoEachLanguage() {
        for (String tag : List.of("es", "fr", "ar")) {
            assertThat(BundleCoverage.missingKeys(LibraryMessages.class, "library", tag)).as(tag).isEmpty();
        }
    }
}
