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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.portal.web.StaffFixtures.THERAPIST;

/**
 * The pages translated last in the browser's language, Arabic right to left: the clinic's results (its figures,
 * charts and tables worded in Java), an exercise's translation pages (each language named in the page's) and the
 * exercise editor (its English labels, which the browser tests find its fields by, unchanged; exercise names and
 * what was typed as typed); every word of LibraryMessages in each language.
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

    static final String DEAD_BUG = "5eed0e00-0000-4000-8000-000000000003";
    static final String BIRD_DOG = "5eed0e00-0000-4000-8000-000000000005";

    /** The library (a dead bug and a bird dog), the dead bug's version 2 with a picture and its version 1. */
    private void deadBugVersion2() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises")), 200, """
                [{"id":"%s","version":2,"name":"Dead bug"},{"id":"%s","version":1,"name":"Bird dog"}]"""
                .formatted(DEAD_BUG, BIRD_DOG));
        String version = """
                {"id":"%s","version":%d,"name":"Dead bug","summary":"Core endurance on your back.",
                 "steps":["Lie on your back","Lower one arm and the other leg"],"cues":["Low back stays down"],
                 "regions":["LUMBAR"],"movementTags":["CORE_ENDURANCE"],"equipment":["mat"],
                 "dose":{"sets":2,"reps":8,"holdSeconds":0},"intensityCap":%d,"progressionId":"%s",
                 "laterProgression":false,"illustrationUrl":"/api/exercises/%s/illustration","media":%s}""";
        ServiceStubs.json(services, get("/api/exercises/" + DEAD_BUG), 200, version.formatted(DEAD_BUG, 2, 6,
                BIRD_DOG, DEAD_BUG, """
                [{"id":"aaaaaaaa-0000-4000-8000-000000000001","contentType":"image/png","size":2000,
                  "caption":"Start position","url":"/api/media/a1","phoneUrl":"/api/media/a1?size=phone"}]"""));
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + DEAD_BUG))
                .withQueryParam("version", equalTo("1")), 200, version.formatted(DEAD_BUG, 1, 5, BIRD_DOG, DEAD_BUG,
                "[]"));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theExerciseEditorSpeaksTheBrowsersLanguageAndKeepsItsEnglishLabels() {
        deadBugVersion2();

        String spanish = page("/therapist/exercises/new", "es-ES,es;q=0.9");
        assertThat(spanish).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Nuevo ejercicio</h1>",
                "<legend>Qué es</legend>", "<label for=\"name\">Nombre</label>",
                "<label for=\"intensityCap\">Intensidad máxima (1-10)</label>",
                "<legend>Regiones para las que sirve</legend>", "> Zona lumbar</label>",
                "Bisagra de cadera <span class=\"hint\">(HIP_HINGE)</span>", "<option value=\"\">Ninguna</option>",
                "<option value=\"" + BIRD_DOG + "\" lang=\"en\">Bird dog</option>", ">Crear el ejercicio</button>",
                "name=\"intensityCap\"", "id=\"save-exercise\"")
                .doesNotContain("id=\"page-in-english\"", "Intensity cap", "Create exercise");
        String arabic = page("/therapist/exercises/new", "ar");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>تمرين جديد</h1>",
                "<label for=\"sets\">المجموعات</label>", "> أسفل الظهر</label>", ">إنشاء التمرين</button>",
                "id=\"exercise-form\"").doesNotContain("id=\"page-in-english\"", "Create exercise");

        String existing = "/therapist/exercises/" + DEAD_BUG;
        assertThat(page(existing, "es")).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Editar el ejercicio</h1>",
                "<strong>Esta es la versión 2.</strong> Al guardar se crea la versión 3;",
                "id=\"exercise-translations\">Traducciones: esta versión en español, francés y árabe</a>",
                "<option value=\"" + BIRD_DOG + "\" lang=\"en\" selected>Bird dog</option>",
                ">Guardar como versión 3</button>", "<h2 id=\"media-heading\">Imágenes y vídeos</h2>",
                "<span lang=\"en\">Start position</span> <span class=\"hint\">(imagen, 2 KB)</span>",
                "alt=\"Dibujo de Dead bug: la posición inicial y la posición final\"",
                "<h2 id=\"versions-heading\">Versiones lado a lado</h2>",
                "2 de 13 campos difieren entre la versión 1 y la versión 2.",
                "<th scope=\"col\">Versión 1</th>",
                "<th scope=\"row\">Intensidad máxima <span class=\"badge\">cambiado</span>",
                "<td class=\"pre\" lang=\"en\">Bird dog</td>", "<td class=\"pre\">Zona lumbar</td>",
                "value=\"Dead bug\"", "Core endurance on your back.</textarea>")
                .doesNotContain("id=\"page-in-english\"", "Versions side by side");
        assertThat(page(existing, "ar")).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>تعديل التمرين</h1>",
                "<strong>هذه هي النسخة 2.</strong>", ">الحفظ بوصفه النسخة 3</button>",
                "<h2 id=\"versions-heading\">النسخ جنبًا إلى جنب</h2>", "<td class=\"pre\" lang=\"en\">Bird dog</td>")
                .doesNotContain("id=\"page-in-english\"", "Save as version");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theEditorsEnglishLabelsStayAndARefusalIsRetoldInArabicWithTheServicesWordsMarkedEnglish() {
        deadBugVersion2();
        assertThat(page("/therapist/exercises/new", "en")).contains("<html lang=\"en\" dir=\"ltr\">",
                "<label for=\"name\">Name</label>", "<label for=\"summary\">Summary</label>",
                "<label for=\"sets\">Sets</label>", "<label for=\"reps\">Reps</label>",
                "<label for=\"holdSeconds\">Hold (seconds)</label>",
                "<label for=\"intensityCap\">Intensity cap (1-10)</label>",
                "<label for=\"regressionId\">Regression (the easier step back)</label>", "> Lower back</label>",
                ">Hip hinge <span class=\"hint\">(HIP_HINGE)</span>", ">Create exercise</button>")
                .doesNotContain("id=\"page-in-english\"");

        ServiceStubs.json(services, post(urlPathEqualTo("/api/exercises")), 422, """
                {"title":"Invalid request","status":422,"detail":"intensityCap must be less than or equal to 10",
                 "errors":[{"field":"intensityCap","message":"must be less than or equal to 10"}]}""");
        String refused = given().header("Accept-Language", "ar").formParam("name", "Wall hinge")
                .formParam("summary", "s").formParam("steps", "Stand").formParam("sets", "3").formParam("reps", "8")
                .formParam("holdSeconds", "0").formParam("intensityCap", "11").formParam("regions", "LUMBAR")
                .when().post("/therapist/exercises/new").then().statusCode(200).extract().asString();
        assertThat(refused).contains("<html lang=\"ar\" dir=\"rtl\">", "id=\"problem\">",
                "<h2>لم يُحفظ التمرين</h2>", "<ul lang=\"en\"><li><strong>Intensity cap (1-10)</strong>: must be less "
                        + "than or equal to 10",
                "<p class=\"field-error\" id=\"intensityCap-error\" lang=\"en\">must be less than or equal to 10</p>",
                "<label for=\"intensityCap\">الحد الأقصى للشدة (1-10)</label>", "value=\"11\"",
                "value=\"Wall hinge\"");
    }

    @Test
    void everyWordOfTheLastPagesIsTranslatedIntoEachLanguage() {
        for (String tag : List.of("es", "fr", "ar")) {
            assertThat(BundleCoverage.missingKeys(LibraryMessages.class, "library", tag)).as(tag).isEmpty();
        }
    }
}
