package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** The patient's own profile page against a stand-in registry-service: what they see, change and are told. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ProfilePageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final String PROFILE = """
            {"id":"%s","givenName":"Pia","familyName":"Two","birthDate":"1991-09-30","email":"patient2@example.org",
             "phone":null,"locale":"es","timeZone":"Europe/Madrid","status":"ACTIVE"}""".formatted(PATIENT);

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void profile() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200, PROFILE);
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePatientSeesWhoTheClinicHasThemAsAndChangesPhoneLanguageAndTimeZone() {
        String page = given().when().get("/patient/profile").then().statusCode(200).extract().asString();
        assertThat(page).contains("Pia Two", "1991-09-30", "patient2@example.org", "lang=\"es\"",
                "<option value=\"es\" lang=\"es\" selected>", "value=\"Europe/Madrid\"",
                "dígaselo a su fisioterapeuta",
                "href=\"/notifications#preferences\">Recordatorios y correo electrónico</a>")
                .as("names are not theirs to change here").doesNotContain("name=\"givenName\"", "name=\"email\"");
        ServiceStubs.json(services, patch("/api/patients/" + PATIENT), 200, PROFILE);

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("phone", " +34 600 111 222 ").formParam("locale", "fr")
                .formParam("timeZone", "Europe/Paris")
                .when().post("/patient/profile")
                .then().statusCode(303).header("Location", endsWith("/patient/profile?saved=true"));

        services.verify(patchRequestedFor(urlEqualTo("/api/patients/" + PATIENT)).withRequestBody(equalToJson(
                "{\"phone\":\"+34 600 111 222\",\"locale\":\"fr\",\"timeZone\":\"Europe/Paris\"}")));
        assertThat(given().when().get("/patient/profile?saved=true").then().statusCode(200).extract().asString())
                .contains("id=\"profile-saved\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aRefusedTimeZoneIsNamedAtItsFieldAndWhatWasTypedIsKept() {
        ServiceStubs.json(services, patch("/api/patients/" + PATIENT), 422, """
                {"title":"Unprocessable Content","status":422,"detail":"invalid",
                 "errors":[{"field":"timeZone","message":"an IANA time zone, e.g. Europe/Madrid"}]}""");

        String html = given().contentType("application/x-www-form-urlencoded").formParam("locale", "es")
                .formParam("timeZone", "Mars/Olympus").when().post("/patient/profile").then().statusCode(200)
                .extract().asString();

        // the patient's profile says Spanish: the portal's words about the refusal are Spanish (ProblemWords)
        assertThat(html).contains("Su perfil no se ha guardado", "No se ha cambiado nada", "id=\"timeZone-error\"",
                "an IANA time zone", "value=\"Mars/Olympus\"", "aria-invalid=\"true\"")
                .doesNotContain("id=\"profile-saved\"");
    }

    @Test
    @TestSecurity(user = "99999999-9999-4999-8999-999999999999", roles = "patient")
    void aPatientWithoutAProfileIsToldWhomToAsk() {
        ServiceStubs.json(services, get("/api/patients/99999999-9999-4999-8999-999999999999"), 404, """
                {"title":"Not Found","status":404,"detail":"Patient not found"}""");

        assertThat(given().when().get("/patient/profile").then().statusCode(200).extract().asString())
                .contains("No profile yet", "Ask your therapist").doesNotContain("Patient not found");
    }

    @Test
    @TestSecurity(user = "33333333-3333-4333-8333-333333333333", roles = "therapist")
    void itIsThePatientsOwnPage() {
        given().when().get("/patient/profile").then().statusCode(403);
    }
}
