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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Inviting patients and therapists through registry-service (stood in for): what is sent, and refusals in words. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class InvitationPagesTest {

    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String ADMIN = "55555555-5555-4555-8555-555555555555";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aTherapistInvitesAPatientWhoWillBeInTheirCare() {
        String form = given().when().get("/invitations/patient").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertThat(ServiceStubs.ids(form, "<label[^>]*\\sfor=\"([^\"]+)\"")).containsExactlyInAnyOrder("givenName", "familyName",
                "birthDate", "email", "phone", "locale", "timeZone");
        assertThat(form).contains("id=\"email\" name=\"email\" value=\"\" maxlength=\"254\" required",
                "id=\"phone\" name=\"phone\" value=\"\" maxlength=\"30\" autocomplete=\"off\">",
                "required list=\"zones\" autocomplete=\"off\" aria-describedby=\"timeZone-hint\">");
        assertThat(form).contains("<option value=\"ar\">", "<option value=\"Europe/Madrid\">",
                "href=\"/invitations/patient\"").doesNotContain("href=\"/invitations/therapist\"");
        ServiceStubs.json(services, post("/api/patients"), 201, """
                {"id":"77777777-7777-4777-8777-777777777777","givenName":"María","familyName":"García",
                 "email":"maria@example.org","status":"INVITED"}""");

        String sent = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("givenName", " María ").formParam("familyName", "García").formParam("birthDate", "1980-04-02")
                .formParam("email", "maria@example.org").formParam("phone", "").formParam("locale", "es")
                .formParam("timeZone", "Europe/Madrid")
                .when().post("/invitations/patient").then().statusCode(200).extract().asString();

        assertThat(sent).contains("id=\"invitation-sent\"", "maria@example.org", "The patient is in your care");
        services.verify(postRequestedFor(urlEqualTo("/api/patients")).withRequestBody(equalToJson("""
                {"givenName":"María","familyName":"García","birthDate":"1980-04-02","email":"maria@example.org",
                 "phone":null,"locale":"es","timeZone":"Europe/Madrid"}""")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aRefusedFieldIsNamedAtTheFieldAndWhatWasTypedIsKept() {
        ServiceStubs.json(services, post("/api/patients"), 422, """
                {"type":"https://telerehab.org/problems/validation","title":"Invalid request","status":422,
                 "detail":"timeZone: not an IANA time zone","errors":[{"field":"timeZone",
                 "message":"not an IANA time zone"}]}""");

        String html = given().contentType("application/x-www-form-urlencoded").formParam("givenName", "Ana")
                .formParam("familyName", "Lind").formParam("birthDate", "1990-01-01")
                .formParam("email", "ana@example.org").formParam("locale", "fr").formParam("timeZone", "GMT+2")
                .when().post("/invitations/patient").then().statusCode(200).extract().asString();

        assertThat(html).contains("The invitation was not sent", "<strong>Time zone</strong>",
                "id=\"timeZone-error\"", "aria-invalid=\"true\"",
                "aria-describedby=\"timeZone-error timeZone-hint\"", "value=\"GMT+2\"", "value=\"ana@example.org\"",
                "<option value=\"fr\" selected>").doesNotContain("\"type\"", "id=\"invitation-sent\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void anEmailInUseAndAnOutageAreToldInWords() {
        ServiceStubs.json(services, post("/api/patients"), 409, """
                {"type":"https://telerehab.org/problems/email-taken","title":"Conflict","status":409,
                 "detail":"This email is already in use"}""");
        assertThat(invite()).contains("Somebody already has an account with this email address");

        ServiceStubs.json(services, post("/api/patients"), 503, """
                {"type":"https://telerehab.org/problems/accounts-unavailable","title":"Service unavailable",
                 "status":503}""");
        assertThat(invite()).contains("cannot be reached just now, and nothing was made");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void anAdminInvitesATherapist() {
        ServiceStubs.json(services, post("/api/therapists"), 201, """
                {"id":"88888888-8888-4888-8888-888888888888","givenName":"Lena","familyName":"Berg"}""");

        String sent = given().contentType("application/x-www-form-urlencoded").formParam("givenName", "Lena")
                .formParam("familyName", "Berg").formParam("email", "lena@example.org")
                .when().post("/invitations/therapist").then().statusCode(200).extract().asString();

        assertThat(sent).contains("id=\"invitation-sent\"", "lena@example.org").doesNotContain("in your care");
        services.verify(postRequestedFor(urlEqualTo("/api/therapists")).withRequestBody(equalToJson(
                "{\"givenName\":\"Lena\",\"familyName\":\"Berg\",\"email\":\"lena@example.org\"}")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void onlyAnAdminInvitesTherapists() {
        given().when().get("/invitations/therapist").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("email", "x@example.org")
                .when().post("/invitations/therapist").then().statusCode(403);
        services.verify(0, postRequestedFor(urlEqualTo("/api/therapists")));
    }

    @Test
    @TestSecurity(user = "11111111-1111-4111-8111-111111111111", roles = "patient")
    void aPatientInvitesNobody() {
        given().when().get("/invitations/patient").then().statusCode(403);
    }

    private static String invite() {
        return given().contentType("application/x-www-form-urlencoded").formParam("givenName", "Ana")
                .formParam("familyName", "Lind").formParam("birthDate", "1990-01-01")
                .formParam("email", "ana@example.org").formParam("locale", "en").formParam("timeZone", "UTC")
                .when().post("/invitations/patient").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theInvitationSpeaksTheBrowsersLanguage() {
        String spanish = given().header("Accept-Language", "es").when().get("/invitations/patient").then()
                .statusCode(200).extract().asString();
        assertThat(spanish).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Invitar a un paciente</h1>",
                "<label for=\"givenName\">Nombre</label>", "<label for=\"birthDate\">Fecha de nacimiento</label>",
                "id=\"timeZone-hint\">Donde vive", "Enviar la invitación", "id=\"send-invitation\"")
                .doesNotContain("page-in-english", "Given name");
        ServiceStubs.json(services, post("/api/patients"), 201, """
                {"id":"77777777-7777-4777-8777-777777777777","givenName":"Amal","familyName":"Haddad",
                 "email":"amal@example.org","status":"INVITED"}""");
        String arabic = given().header("Accept-Language", "ar").contentType("application/x-www-form-urlencoded")
                .formParam("givenName", "Amal").formParam("familyName", "Haddad").formParam("birthDate", "1980-04-02")
                .formParam("email", "amal@example.org").formParam("locale", "ar")
                .formParam("timeZone", "Africa/Cairo")
                .when().post("/invitations/patient").then().statusCode(200).extract().asString();
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "أُرسلت الدعوة",
                "<strong>amal@example.org</strong>", "المريض في رعايتك", "id=\"invitation-sent\"")
                .doesNotContain("Invitation sent");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void theTherapistsInvitationSpeaksTheBrowsersLanguage() {
        assertThat(given().header("Accept-Language", "fr").when().get("/invitations/therapist").then()
                .statusCode(200).extract().asString()).contains("<html lang=\"fr\" dir=\"ltr\">",
                "<h1>Inviter un thérapeute</h1>", "<label for=\"familyName\">Nom de famille</label>")
                .doesNotContain("Family name");
    }
}
