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
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding a patient against a stand-in registry-service: who cares for each one, and what the caller may do. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class PatientSearchPageTest {

    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String COLLEAGUE = "44444444-4444-4444-8444-444444444444";
    static final String MINE = "11111111-1111-4111-8111-111111111111";
    static final String POOLED = "77777777-7777-4777-8777-777777777777";
    static final String THEIRS = "88888888-8888-4888-8888-888888888888";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void registry() {
        services.resetAll();
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients")), 200, """
                [{"id":"%s","givenName":"Pat","familyName":"One","birthDate":"1978-04-12","status":"ACTIVE",
                  "therapistId":"%s"},
                 {"id":"%s","givenName":"Paul","familyName":"Pooled","birthDate":"1990-01-01","status":"INVITED",
                  "therapistId":null},
                 {"id":"%s","givenName":"Tia","familyName":"Theirs","birthDate":"1985-05-05","status":"DISCHARGED",
                  "therapistId":"%s"}]""".formatted(MINE, THERAPIST, POOLED, THEIRS, COLLEAGUE));
        ServiceStubs.json(services, get("/api/therapists"), 200, """
                [{"id":"%s","givenName":"Lena","familyName":"Berg","status":"ACTIVE"}]""".formatted(COLLEAGUE));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aTherapistReadsWhoCaresForEachPatientFoundAndTakesOneFromThePool() {
        String page = given().queryParam("q", " pa ").when().get("/patients").then().statusCode(200).extract()
                .asString();

        services.verify(getRequestedFor(urlEqualTo("/api/patients?q=pa&unassigned=false")));
        assertThat(page).contains("3 patient(s) found", "<a href=\"/therapist/patients/" + MINE + "\">Pat One</a>",
                "In your care", "<strong>In nobody&#39;s care</strong>", "Invited, not signed in yet",
                "action=\"/therapist/patients/" + POOLED + "/care\"")
                .as("only a pool patient can be taken").doesNotContain("/therapist/patients/" + MINE + "/care",
                        "/therapist/patients/" + THEIRS + "/care");
    }

    @Test
    @TestSecurity(user = "55555555-5555-4555-8555-555555555555", roles = "admin")
    void anAdminListsThePatientsWithoutATherapistAndReadsWhoCaresForTheOthers() {
        String page = given().queryParam("unassigned", "true").when().get("/patients").then().statusCode(200)
                .extract().asString();

        services.verify(getRequestedFor(urlEqualTo("/api/patients?q=&unassigned=true")));
        assertThat(page).contains("Cared for by Lena Berg",
                        "id=\"unassigned\" name=\"unassigned\" value=\"true\" checked")
                .as("an admin takes nobody into care").doesNotContain("/care\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void nothingIsAskedBeforeTheTherapistSearches() {
        String page = given().when().get("/patients").then().statusCode(200).extract().asString();

        assertThat(page).contains("<label for=\"q\">Name or email</label>").doesNotContain("found-count", "none-found");
        services.verify(0, getRequestedFor(urlPathEqualTo("/api/patients")));
    }

    @Test
    @TestSecurity(user = MINE, roles = "patient")
    void aPatientCannotSearch() {
        given().queryParam("q", "pa").when().get("/patients").then().statusCode(403);
        services.verify(0, getRequestedFor(urlPathEqualTo("/api/patients")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theSearchSpeaksTheBrowsersLanguageWithBirthDatesInIt() {
        String spanish = given().header("Accept-Language", "es").queryParam("q", "pa").when().get("/patients").then()
                .statusCode(200).extract().asString();
        assertThat(spanish).contains("<html lang=\"es\" dir=\"ltr\">", "3 paciente(s) encontrado(s)",
                "Fecha de nacimiento", "12 de abril de 1978", "A su cargo", "Invitado, aún no ha iniciado sesión",
                "Hacerme cargo de Paul Pooled", "id=\"take-1\"").doesNotContain("page-in-english", "In your care");
        String arabic = given().header("Accept-Language", "ar").queryParam("q", "zz").when().get("/patients").then()
                .statusCode(200).extract().asString();
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "الاسم أو البريد الإلكتروني",
                "id=\"found-count\"").doesNotContain("Name or email");
        services.resetAll();
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients")), 200, "[]");
        assertThat(given().header("Accept-Language", "fr").queryParam("q", "zz").when().get("/patients").then()
                .statusCode(200).extract().asString()).contains("Aucun patient ne correspond à « zz ».");
    }
}
