package org.telerehab.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LandingPageTest {

    @Test
    void servesTheLandingPageAndIsReady() {
        given().when().get("/").then().statusCode(200).body(containsString("Telerehab"))
                .body(containsString("href=\"/login\""));
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().when().get("/static/portal.css").then().statusCode(200);
    }

    @Test
    void aLoggedOutUserIsSentToTheLogin() {
        given().redirects().follow(false).when().get("/patient/plan").then().statusCode(302)
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).when().get("/therapist").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void aPatientOpeningATherapistPageGetsAFriendly403() {
        given().when().get("/therapist").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("You cannot open this page")).body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void theScreeningFormShowsTheDefaultStartBackWording() {
        given().when().get("/patient/screening").then().statusCode(200)
                .body(containsString("My back pain has spread down my leg(s) at some time in the last 2 weeks"))
                .body(containsString("In general I have not enjoyed all the things I used to enjoy"))
                .body(containsString("Overall, how bothersome has your back pain been in the last 2 weeks?"))
                .body(containsString("<option value=\"EXTREMELY\">Extremely</option>"));
    }

    @Test
    void theLandingPageSpeaksTheBrowsersLanguage() {
        given().header("Accept-Language", "es-ES,es;q=0.9").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"es\" dir=\"ltr\">"))
                .body(containsString("Telerrehabilitación para el dolor de espalda"))
                .body(containsString("id=\"login\">Iniciar sesión</a>")).body(not(containsString("Log in")));
        given().header("Accept-Language", "ar-EG").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">")).body(containsString("تسجيل الدخول"))
                .body(not(containsString("page-in-english")));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void theErrorPagesSpeakTheUsersLanguage() {
        given().header("Accept-Language", "ar").when().get("/therapist").then().statusCode(403)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("<h1>لا يمكنك فتح هذه الصفحة</h1>")).body(containsString("خطأ 403"));
        given().header("Accept-Language", "es").when().get("/no-such-page").then().statusCode(404)
                .body(containsString("<html lang=\"es\" dir=\"ltr\">"))
                .body(containsString("<h1>Página no encontrada</h1>"))
                .body(containsString("Ir a su página de inicio"));
    }
}
