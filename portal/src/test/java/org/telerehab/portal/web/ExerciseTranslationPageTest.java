package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** The therapist's translation pages (issue 18) against a stand-in program-service. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ExerciseTranslationPageTest {

    static final String THERAPIST = "44444444-4444-4444-8444-444444444444";
    static final String EXERCISE = "5eed0e00-0000-4000-8000-000000000007";
    static final String PAGE = "/therapist/exercises/" + EXERCISE + "/translations";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void birdDogVersion3() {
        services.resetAll();
        birdDog(services);
    }

    /** Version 3 of a bird dog in English (three steps, two cues), translated into Spanish only. */
    static void birdDog(WireMockServer services) {
        String english = """
                {"id":"%s","version":3,"name":"Bird dog","summary":"Opposite arm and leg.",
                 "steps":["Kneel on all fours","Reach one arm and the other leg","Return slowly"],
                 "cues":["Keep the back flat","Breathe out as you reach"],"contentLocale":"en"}""".formatted(EXERCISE);
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + EXERCISE))
                .withQueryParam("locale", absent()), 200, english);
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + EXERCISE))
                .withQueryParam("locale", equalTo("fr")), 200, english);
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + EXERCISE))
                .withQueryParam("locale", equalTo("ar")), 200, english);
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + EXERCISE))
                .withQueryParam("locale", equalTo("es")), 200, """
                {"id":"%s","version":3,"name":"Perro de caza","summary":"Brazo y pierna contrarios.",
                 "steps":["Arrodíllate","Estira un brazo y la otra pierna","Vuelve despacio"],
                 "cues":["Espalda plana","Espira al estirar"],"contentLocale":"es"}""".formatted(EXERCISE));
        ServiceStubs.json(services, get("/api/exercises/" + EXERCISE + "/translations"), 200, """
                {"exerciseId":"%s","currentVersion":3,"versions":[
                  {"version":3,"locales":["es"],"translations":[
                    {"locale":"es","translatedBy":"%s","translatedAt":"2026-12-04T09:30:00Z"}]},
                  {"version":2,"locales":["fr"],"translations":[
                    {"locale":"fr","translatedBy":"99999999-9999-4999-8999-999999999999",
                     "translatedAt":"2026-11-02T14:00:00Z"}]},
                  {"version":1,"locales":[],"translations":[]}]}""".formatted(EXERCISE, THERAPIST));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theExercisePageLeadsToItsTranslations() {
        assertThat(given().when().get("/therapist/exercises/" + EXERCISE).then().statusCode(200).extract().asString())
                .contains("<a href=\"" + PAGE + "\" id=\"exercise-translations\">");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theOverviewSaysWhichLanguagesAreTranslatedAndWhichAreReadInEnglish() {
        String page = given().when().get(PAGE).then().statusCode(200).extract().asString();

        assertThat(page).contains("Translations of Bird dog", "Version 3 (current)",
                        "<strong>Spanish</strong>:", "translated by you on Dec 4, 2026",
                        "<strong>French</strong>:", "<strong>Arabic</strong>:",
                        "href=\"" + PAGE + "/es\">Edit Spanish", "href=\"" + PAGE + "/ar\">Translate into Arabic",
                        "<strong>Version 2</strong>:", "French (by therapist 99999999 on Nov 2, 2026",
                        "<strong>Version 1</strong>:", "English only")
                .containsPattern("French</strong>:\\s*not translated: patients read English");
        assertThat(given().when().get(PAGE + "?saved=es").then().statusCode(200).extract().asString())
                .contains("id=\"translation-saved\"", "Spanish saved.");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theFormShowsTheEnglishBesideAFieldForEachWordAndIsPreFilledWhenTranslated() {
        String french = given().when().get(PAGE + "/fr").then().statusCode(200).extract().asString();

        assertThat(french).contains("<label for=\"name\">Name in French</label>",
                        "<p id=\"steps-2-english\" lang=\"en\" dir=\"ltr\">Return slowly</p>",
                        "<p id=\"cues-1-english\" lang=\"en\" dir=\"ltr\">Breathe out as you reach</p>",
                        "<label for=\"steps-2\">Step 3</label>", "<label for=\"cues-1\">Cue 2</label>",
                        "name=\"version\" value=\"3\"", "not translated into French yet")
                .doesNotContain("steps-3", "cues-2", "dir=\"rtl\"");
        assertThat(countOf(french, "<textarea id=\"steps-")).isEqualTo(3);
        assertThat(countOf(french, "<textarea id=\"cues-")).isEqualTo(2);

        String spanish = given().when().get(PAGE + "/es").then().statusCode(200).extract().asString();
        assertThat(spanish).contains("value=\"Perro de caza\"", ">Vuelve despacio</textarea>",
                "saving replaces its words");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void arabicIsWrittenRightToLeft() {
        String page = given().when().get(PAGE + "/ar").then().statusCode(200).extract().asString();

        assertThat(countOf(page, "lang=\"ar\" dir=\"rtl\"")).isEqualTo(7); // name, summary, 3 steps, 2 cues
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aSentFormIsPutForTheVersionItShowedAndARefusalIsShownAtItsField() {
        ServiceStubs.json(services, put(urlPathEqualTo("/api/exercises/" + EXERCISE + "/translations/fr")), 201,
                "{\"exerciseId\":\"%s\",\"version\":3,\"locale\":\"fr\"}".formatted(EXERCISE));

        given().redirects().follow(false).formParam("version", "3").formParam("name", " Chien d'arrêt ")
                .formParam("summary", "Bras et jambe opposés.").formParam("steps[0]", "À genoux")
                .formParam("steps[1]", "Tendez un bras").formParam("steps[2]", "Revenez")
                .formParam("cues[0]", "Dos plat").formParam("cues[1]", "Expirez")
                .when().post(PAGE + "/fr").then().statusCode(303).header("Location", endsWith(PAGE + "?saved=fr"));

        services.verify(putRequestedFor(urlPathEqualTo("/api/exercises/" + EXERCISE + "/translations/fr"))
                .withQueryParam("version", equalTo("3")).withRequestBody(equalToJson("""
                        {"name":"Chien d'arrêt","summary":"Bras et jambe opposés.",
                         "steps":["À genoux","Tendez un bras","Revenez"],"cues":["Dos plat","Expirez"]}""")));

        ServiceStubs.json(services, put(urlPathEqualTo("/api/exercises/" + EXERCISE + "/translations/fr")), 422, """
                {"type":"validation","title":"Invalid request","status":422,
                 "errors":[{"field":"steps[1]","message":"must not be blank"}]}""");
        String page = given().formParam("version", "3").formParam("name", "Chien d'arrêt")
                .formParam("summary", "Bras et jambe opposés.").formParam("steps[0]", "À genoux")
                .formParam("steps[1]", " ").formParam("steps[2]", "Revenez")
                .formParam("cues[0]", "Dos plat").formParam("cues[1]", "Expirez")
                .when().post(PAGE + "/fr").then().statusCode(200).extract().asString();

        assertThat(page).contains("role=\"alert\"", "The translation was not saved",
                        "<strong>Step 2</strong>: must not be blank",
                        "<p class=\"field-error\" id=\"steps-1-error\">must not be blank</p>",
                        "aria-describedby=\"steps-1-english steps-1-error\" aria-invalid=\"true\"",
                        "value=\"Chien d&#39;arrêt\"", ">Revenez</textarea>", ">Expirez</textarea>")
                .doesNotContain("\"errors\"");
    }

    @Test
    @TestSecurity(user = "33333333-3333-4333-8333-333333333333", roles = "patient")
    void aPatientCannotOpenTheTranslationPages() {
        given().when().get(PAGE).then().statusCode(403);
        given().when().get(PAGE + "/es").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void englishOrAnUnknownLanguageIsNoPage() {
        given().when().get(PAGE + "/en").then().statusCode(404);
        given().formParam("name", "x").when().post(PAGE + "/de").then().statusCode(404);
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
