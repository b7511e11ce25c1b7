package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
        ServiceStubs.speaks(services, PATIENT, locale, "Europe/Madrid");
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
    @TestSecurity(user = "33333333-3333-4333-8333-333333333333", roles = "therapist")
    void aPageNotYetTranslatedIsInEnglishAndSaysSoInTheUsersLanguage() {
        // every page of the portal is translated: a page of the tests is not (PortalLanguageTest)
        String untranslated = given().header("Accept-Language", "es-ES,es;q=0.9").when()
                .get(UntranslatedTestPage.PATH).then().statusCode(200).extract().asString();
        assertThat(untranslated).contains("<html lang=\"en\" dir=\"ltr\">",
                "<p class=\"notice\" id=\"page-in-english\" lang=\"es\">Esta página aún no está disponible en español",
                "<h1 id=\"untranslated\">A page in English only</h1>");
        assertThat(given().header("Accept-Language", "en").when().get(UntranslatedTestPage.PATH).then()
                .statusCode(200).extract().asString()).doesNotContain("page-in-english");
        assertThat(given().header("Accept-Language", "es-ES,es;q=0.9").when().get("/therapist/exercises/new").then()
                .statusCode(200).extract().asString()).contains("<html lang=\"es\" dir=\"ltr\">")
                .doesNotContain("page-in-english");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void everyPatientPageIsInThePatientsLanguage() {
        speaks("es");
        for (String path : List.of("/patient", "/patient/screening", "/patient/plan", "/patient/session",
                "/patient/checkin", "/patient/reassessment", "/patient/progress", "/patient/profile",
                "/patient/access-log")) {
            assertThat(page(path)).as(path).contains("<html lang=\"es\" dir=\"ltr\">")
                    .doesNotContain("page-in-english");
        }
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
    @TestSecurity(user = PATIENT, roles = "patient")
    void aPausedProgrammeSaysWhyInThePatientsLanguageOnTheirDay() {
        ServiceStubs.patientWithPlan(services, PATIENT, "PAUSED", 7);
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, """
                [{"id":"7e0e0000-0000-4000-8000-000000000001","flags":["BLADDER_BOWEL_CHANGE"],"severity":"EMERGENCY",
                  "source":"CHECK_IN","reportedAt":"2026-12-04T23:30:00Z","state":"OPEN"}]""");
        speaks("es");
        for (String path : List.of("/patient", "/patient/session")) {
            assertThat(page(path)).as(path).contains("<html lang=\"es\"", "id=\"programme-hold\"",
                    "Su programa está en pausa: no haga ejercicio", "El 5 de diciembre de 2026 nos comunicó",
                    "Cambios al orinar o al hacer de vientre", "Qué hacer ahora",
                    "Deje de hacer ejercicio y busque atención médica ahora, en un servicio de urgencias",
                    "Mareo, visión doble").doesNotContain("on hold", "lang=\"en\" class=\"emergency");
        }
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theCheckInAsksItsWarningSignsInArabicAndAnswersInFrench() {
        speaks("ar");
        String arabic = page("/patient/checkin");
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "العلامات التحذيرية",
                "تغيّرات عند التبوّل أو التبرّز", "سبق أن أُصبت بالسرطان", "ألمك اليوم", "حفظ المتابعة اليومية",
                "value=\"BLADDER_BOWEL_CHANGE\"").doesNotContain("Warning signs", "page-in-english");
        speaks("fr");
        ServiceStubs.json(services, post("/api/checkins"), 201,
                "{\"id\":\"c0000000-0000-4000-8000-000000000001\",\"alertsRaised\":[],\"advice\":[\"English\"]}");
        String saved = given().contentType("application/x-www-form-urlencoded").formParam("date", "2026-12-04")
                .formParam("pain", "3").formParam("redFlags", "FEVER").when().post("/patient/checkin").then()
                .statusCode(200).extract().asString();
        assertThat(saved).contains("<html lang=\"fr\"", "Point du jour enregistré", "Consultez bientôt votre médecin",
                "Prenez rapidement rendez-vous", "si vous remarquez l’un de ces signes",
                "Un engourdissement des jambes qui ne cesse de s’aggraver").doesNotContain(">English<");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theProgressPageIsInSpanishAndAnAlertIsOnThePatientsDay() {
        ServiceStubs.speaks(services, PATIENT, "es", "Australia/Sydney");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/progress"), 200, """
                {"baselinePain":8,"latestPain":5,"sessionsLogged":4,"adherence7d":0.5,
                 "openAlerts":[{"type":"FLARE","raisedAt":"2026-12-04T23:30:00Z"}]}""");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/outcomes"), 503, "{\"status\":503}");
        assertThat(page("/patient/progress")).contains("<html lang=\"es\"", "Mi progreso", "Mejoría importante",
                "50% del plan", "Su fisioterapeuta ha sido avisado de", "Brote de dolor",
                "(5 de diciembre de 2026)", "Los gráficos no están disponibles").doesNotContain("page-in-english");
    }

    /** Words that are the same in a language as in English (French "Date"), by language. */
    static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of("fr", Set.of("date"));

    @Test
    void everyWordOfEveryBundleIsTranslatedIntoEachLanguage() throws Exception {
        for (Class<?> bundle : List.of(Messages.class, ClinicalWords.class, ChartWords.class)) {
            Object english = MessageBundles.get(bundle, Localized.Literal.of("en"));
            for (String tag : List.of("es", "fr", "ar")) {
                Object words = MessageBundles.get(bundle, Localized.Literal.of(tag));
                for (Method m : bundle.getDeclaredMethods()) {
                    if (m.isSynthetic() || m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                        continue;
                    }
                    for (Object[] args : argumentsFor(m)) {
                        String what = tag + " " + bundle.getSimpleName() + "." + m.getName() + Arrays.toString(args);
                        Object translated = m.invoke(words, args);
                        assertThat((String) translated).as(what).isNotBlank();
                        if (!SAME_AS_ENGLISH.getOrDefault(tag, Set.of()).contains(m.getName())) {
                            assertThat(translated).as(what).isNotEqualTo(m.invoke(english, args));
                        }
                    }
                }
            }
        }
        assertThat(PortalLanguage.messages("en").alertAdvice(AlertType.PAIN_AFTER_SESSION)).contains("back off");
    }

    /** Every code of a one-code message (one key per code); otherwise one set of sample arguments. */
    private static List<Object[]> argumentsFor(Method m) {
        Class<?>[] types = m.getParameterTypes();
        if (types.length == 1 && types[0].isEnum()) {
            return Arrays.stream(types[0].getEnumConstants()).map(c -> new Object[] {c}).toList();
        }
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == int.class || types[i] == Integer.class ? 3 : "7";
        }
        return List.<Object[]>of(args);
    }

    @Test
    void theEnglishWarningSignsAreEmergencySignsWordsAndEveryRedFlagIsWordedInEachLanguage() {
        ClinicalWords english = PortalLanguage.clinical("en");
        for (RedFlag flag : RedFlag.values()) {
            assertThat(english.flag(flag)).as(flag.name()).isEqualTo(
                    (flag.isEmergency() ? Clinical.EMERGENCY_FLAGS : Clinical.REVIEW_FLAGS).get(flag.name()));
            for (String tag : List.of("es", "fr", "ar")) {
                assertThat(PortalLanguage.clinical(tag).flag(flag)).as(tag + " " + flag).isNotBlank()
                        .isNotEqualTo(english.flag(flag));
            }
        }
        assertThat(english.allSignsLead()).isEqualTo(Clinical.adviceLine(EmergencySigns.ALL).text());
    }
}
