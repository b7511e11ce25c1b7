package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** An admin closes the account of a therapist who left, from the therapists page, against stand-in services. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class TherapistAccountsPageTest {

    static final String ADMIN = "55555555-5555-4555-8555-555555555555";
    static final String LEAVING = "44444444-4444-4444-8444-444444444444";
    static final String GONE = "66666666-6666-4666-8666-666666666666";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void therapists() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/therapists"), 200, """
                [{"id":"%s","givenName":"Lena","familyName":"Berg","status":"ACTIVE"},
                 {"id":"%s","givenName":"Olaf","familyName":"Gone","status":"DISABLED"}]""".formatted(LEAVING, GONE));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void theAdminClosesAnAccountAfterSayingTheTherapistLeftAndReadsWhatHappensToThePatients() {
        String page = given().when().get("/admin/therapists").then().statusCode(200).extract().asString();
        assertThat(page).contains("Lena Berg", "action=\"/admin/therapists/" + LEAVING + "/close\"", "required")
                .as("a closed account has no button").doesNotContain("action=\"/admin/therapists/" + GONE + "/close\"");
        assertThat(ServiceStubs.ids(page, "<label[^>]* for=\"([^\"]+)\"")).as("every checkbox has its label")
                .containsAll(ServiceStubs.ids(page, "<input type=\"checkbox\"[^>]* id=\"([^\"]+)\""));
        ServiceStubs.json(services, post("/api/therapists/" + LEAVING + "/disable"), 200, """
                {"id":"%s","givenName":"Lena","familyName":"Berg","status":"DISABLED"}""".formatted(LEAVING));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("confirm", "yes")
                .when().post("/admin/therapists/" + LEAVING + "/close")
                .then().statusCode(303).header("Location", endsWith("/admin/therapists?closed=" + LEAVING));

        services.verify(postRequestedFor(urlEqualTo("/api/therapists/" + LEAVING + "/disable")));
        assertThat(given().when().get("/admin/therapists?closed=" + LEAVING).then().statusCode(200).extract()
                .asString()).contains("id=\"account-closed\"", "<strong>Lena Berg</strong> can no longer log in",
                "back in the triage pool");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void withoutTheConfirmationNothingIsClosed() {
        String html = given().contentType("application/x-www-form-urlencoded").formParam("confirm", "")
                .when().post("/admin/therapists/" + LEAVING + "/close").then().statusCode(200).extract().asString();

        assertThat(html).contains("The account was not closed", "Tick the box");
        services.verify(0, postRequestedFor(urlEqualTo("/api/therapists/" + LEAVING + "/disable")));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void anOutageIsToldInWords() {
        ServiceStubs.json(services, post("/api/therapists/" + LEAVING + "/disable"), 503, """
                {"title":"Service Unavailable","status":503,"detail":"Keycloak is not reachable"}""");

        String html = given().contentType("application/x-www-form-urlencoded").formParam("confirm", "yes")
                .when().post("/admin/therapists/" + LEAVING + "/close").then().statusCode(200).extract().asString();

        assertThat(html).contains("The account was not closed", "nothing changed").doesNotContain("Keycloak",
                "id=\"account-closed\"");
    }

    @Test
    @TestSecurity(user = LEAVING, roles = "therapist")
    void aTherapistCannotCloseAccounts() {
        given().when().get("/admin/therapists").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("confirm", "yes")
                .when().post("/admin/therapists/" + GONE + "/close").then().statusCode(403);
        services.verify(0, postRequestedFor(urlEqualTo("/api/therapists/" + GONE + "/disable")));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void theTherapistsPageSpeaksTheBrowsersLanguage() {
        String spanish = given().header("Accept-Language", "es").when().get("/admin/therapists?closed=" + LEAVING)
                .then().statusCode(200).extract().asString();
        assertThat(spanish).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Terapeutas</h1>",
                "<strong>Lena Berg</strong> ya no puede iniciar sesión", "Cerrar la cuenta", "Cuenta cerrada.",
                "id=\"close-0\"").doesNotContain("page-in-english", "Close account");
        String arabic = given().header("Accept-Language", "ar").when().get("/admin/therapists").then()
                .statusCode(200).extract().asString();
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "إغلاق الحساب", "غادر Lena Berg")
                .doesNotContain("Close account");
    }
}
