package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening and the re-assessment in the patient's language, and what they are told after each. No clinic has
 * configured STarT Back's or Oswestry's licensed wording in these languages here, so both questionnaires are shown in
 * English, marked so, and the page says so in the patient's language (ScreeningWordingOverrideTest configures them).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class QuestionnairePagesLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aDailyPlan() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 7);
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    private static String posted(String path, Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded").formParams(form).when().post(path).then()
                .statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theScreeningIsInSpanishWithItsUnlicensedQuestionnairesInEnglishSaidSo() {
        ServiceStubs.speaks(services, PATIENT, "es", "Europe/Madrid");
        String form = page("/patient/screening");
        assertThat(form).contains("<html lang=\"es\"", "Cuestionario sobre su dolor de espalda", "¿Dónde le duele?",
                "Parte baja de la espalda", "Cambios al orinar", "Enviar mi cuestionario",
                "id=\"start-back-in-english\">Estas preguntas aún no están disponibles en español",
                "<div lang=\"en\">", "label for=\"odi1\" lang=\"en\">Pain intensity")
                .doesNotContain("page-in-english", "Where is your pain?");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theScreeningsResultIsInFrenchWithTheAdviceForItsDisposition() {
        ServiceStubs.speaks(services, PATIENT, "fr", "Europe/Paris");
        ServiceStubs.json(services, post("/api/screenings"), 201, """
                {"id":"s1","disposition":"PHYSICIAN_REVIEW","painTypes":["LUMBAR","SCIATIC"],"chronicity":"CHRONIC",
                 "baselinePain":6,"startBack":{"total":5,"psychosocial":2,"risk":"MEDIUM"},
                 "odi":{"percent":null,"band":null,"sectionsAnswered":3},"advice":["English advice"]}""");
        String result = posted("/patient/screening", Map.of("painNow", "6", "painAverageWeek", "5",
                "symptomWeeks", "20", "redFlags", "NIGHT_PAIN"));
        assertThat(result).contains("<html lang=\"fr\"", "Votre questionnaire", "Consultez votre médecin avant",
                "D’abord un avis médical", "Bas du dos, Douleur qui descend dans la jambe (sciatique)",
                "chronique (plus de 12 semaines)", "5 sur 9 (risque moyen)", "pas de score : 3 domaines sur 10",
                "Votre kinésithérapeute attendra l’accord de votre médecin",
                "si vous remarquez l’un de ces signes").doesNotContain("English advice");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theReassessmentAndWhatChangedAreInArabic() {
        ServiceStubs.speaks(services, PATIENT, "ar", "Asia/Amman");
        assertThat(page("/patient/reassessment")).contains("<html lang=\"ar\" dir=\"rtl\">", "إعادة التقييم",
                "إرسال إعادة التقييم", "id=\"odi-in-english\"");
        ServiceStubs.json(services, post("/api/reassessments"), 201, """
                {"id":"r1","change":{"painPoints":2,"odiPoints":-4,"painMcid":true,"odiMcid":false}}""");
        assertThat(posted("/patient/reassessment", Map.of("painNow", "3", "painAverageWeek", "4")))
                .contains("تم حفظ إعادة التقييم", "انخفض متوسط ألمك بمقدار 2 من 10: تغيّر يمكنك الشعور به.",
                        "أكثر بمقدار 4 نقطة (من 100)");
    }
}
