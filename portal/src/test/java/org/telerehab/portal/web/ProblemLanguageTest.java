package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's refusal or outage in the user's language: the portal's heading and advice from {@link ProblemWords},
 * only the service's own detail in English, marked so and introduced in the user's language.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ProblemLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;
    static final String THERAPIST = CareFormsTest.THERAPIST;
    static final String OTHER_PATIENT = CareFormsTest.PATIENT;
    static final String ADMIN = TherapistAccountsPageTest.ADMIN;
    static final String LEAVING = TherapistAccountsPageTest.LEAVING;

    @ServiceStubs.Services
    WireMockServer services;

    private void programServiceDown(String locale, String timeZone) {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 3);
        ServiceStubs.speaks(services, PATIENT, locale, timeZone);
        services.stubFor(get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static String plan() {
        return given().when().get("/patient/plan").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aServiceDownIsToldInSpanishOnThePatientsPlan() {
        programServiceDown("es", "Europe/Madrid");
        assertThat(plan()).contains("<html lang=\"es\" dir=\"ltr\">", "<div class=\"problem\" role=\"alert\" "
                        + "id=\"problem\">", "<h2>El servicio no responde</h2>",
                "<p>Vuelva a intentarlo dentro de un minuto. Si sigue ocurriendo, póngase en contacto con la "
                        + "clínica.</p>")
                .doesNotContain("not answering", "try again", "id=\"problem\" lang=\"en\"", "page-in-english");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aServiceDownIsToldInArabicRightToLeftOnThePatientsPlan() {
        programServiceDown("ar", "Asia/Amman");
        assertThat(plan()).contains("<html lang=\"ar\" dir=\"rtl\">", "<h2>الخدمة لا تستجيب</h2>",
                        "<p>يُرجى المحاولة مرة أخرى بعد دقيقة. إذا استمر ذلك، فاتصل بالعيادة.</p>")
                .doesNotContain("not answering", "try again", "page-in-english");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aServicesOwnDetailStaysEnglishUnderAHeadingInThePatientsLanguage() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 3);
        ServiceStubs.speaks(services, PATIENT, "es", "Europe/Madrid");
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 500, """
                {"title":"Internal Server Error","status":500,"detail":"The plan could not be read"}""");
        assertThat(plan()).contains("<h2>Algo ha fallado por nuestra parte</h2>",
                        "<p>Vuelva a intentarlo más tarde. Si sigue ocurriendo, póngase en contacto con la "
                                + "clínica.</p>",
                        "<p>En palabras del propio servicio (en inglés):</p><p lang=\"en\">The plan could not be "
                                + "read</p>")
                .doesNotContain("Internal Server Error", "went wrong");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aRefusalIsRetoldInFrenchOnTheTherapistsPatientPage() {
        services.resetAll();
        ServiceStubs.json(services, post("/api/patients/" + OTHER_PATIENT + "/discharge"), 422, """
                {"type":"https://telerehab.org/problems/validation","title":"Invalid request","status":422,
                 "detail":"reason: size must be between 1 and 2000",
                 "errors":[{"field":"reason","message":"size must be between 1 and 2000"}]}""");

        String html = given().header("Accept-Language", "fr").contentType("application/x-www-form-urlencoded")
                .formParam("reason", "x".repeat(2001)).when().post("/care/patients/" + OTHER_PATIENT + "/discharge")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">", "<h2>Le suivi du patient n’a pas été terminé</h2>",
                        "<p>Écrivez la raison de la fin du suivi, 2000 caractères au plus.</p>")
                .doesNotContain("The patient was not discharged", "Write the reason", "Invalid request",
                        "size must be between");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void aRefusalKeepingTheServicesDetailSaysSoInFrench() {
        services.resetAll();
        ServiceStubs.json(services, post("/api/therapists/" + LEAVING + "/disable"), 409, """
                {"type":"https://telerehab.org/problems/conflict","title":"Conflict","status":409,
                 "detail":"The account is already closed"}""");

        String html = given().header("Accept-Language", "fr").contentType("application/x-www-form-urlencoded")
                .formParam("confirm", "yes").when().post("/admin/therapists/" + LEAVING + "/close")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">", "<h2>Le compte n’a pas été fermé</h2>",
                        "<p>Selon le service lui-même (en anglais) :</p><p lang=\"en\">The account is already "
                                + "closed</p>")
                .doesNotContain("The account was not closed", ">Conflict<");
    }

    @Test
    void everyWordAboutAProblemIsInEachLanguage() {
        for (String tag : List.of("es", "fr", "ar")) {
            assertThat(BundleCoverage.missingKeys(ProblemWords.class, "problem", tag)).as(tag).isEmpty();
        }
        assertThat(BundleCoverage.missingKeys(ProblemWords.class, "problem", "en")
                .stream().filter(k -> k.contains("_")).toList()).as("the per-constant keys in English").isEmpty();
    }
}
