package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Exercise pictures, videos and drawings in the portal, against a stand-in program-service. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ExerciseMediaPageTest {

    static final String PATIENT = "33333333-3333-4333-8333-333333333333";
    static final String EXERCISE = "5eed0e00-0000-4000-8000-000000000003";
    static final String PICTURE = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String VIDEO = "aaaaaaaa-0000-4000-8000-000000000002";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePlanShowsTheDrawingThePictureAndAVideoThatNeverPlaysByItself() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 200, """
                {"id":"p1","version":1,"status":"ACTIVE","sessionsPerWeek":3,"startDate":"2026-12-01",
                 "items":[{"exerciseId":"%s","exerciseVersion":3,"sets":2,"reps":8,"holdSeconds":0,"intensityCap":6,
                   "exercise":{"name":"Dead bug","summary":"Core work.","steps":["a","b","c"],"cues":["x","y"],
                     "illustrationUrl":"/api/exercises/%s/illustration",
                     "media":[{"id":"%s","contentType":"image/png","size":2000,"caption":"Start position",
                               "url":"/api/media/%s","phoneUrl":"/api/media/%s?size=phone"},
                              {"id":"%s","contentType":"video/webm","size":90000,"caption":null,
                               "url":"/api/media/%s","phoneUrl":"/api/media/%s"}]}}],
                 "habitCues":[]}""".formatted(EXERCISE, EXERCISE, PICTURE, PICTURE, PICTURE, VIDEO, VIDEO, VIDEO));

        String page = given().when().get("/patient/plan").then().statusCode(200).extract().asString();

        assertThat(page).contains("<img src=\"/media/illustrations/" + EXERCISE + "\" alt=\"Line drawing of Dead bug:"
                        + " the start position and the end position\"",
                "<img src=\"/media/" + PICTURE + "?size=phone\" alt=\"Start position\"",
                "<figcaption>Start position</figcaption>",
                "<video controls preload=\"metadata\" playsinline src=\"/media/" + VIDEO + "\"");
        assertThat(page).doesNotContain("autoplay");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void mediaIsRelayedWithItsRangeAndCacheHeadersAndRefusalsStayRefusals() {
        byte[] part = "0123456789".getBytes(StandardCharsets.US_ASCII);
        services.stubFor(get(urlPathEqualTo("/api/media/" + VIDEO)).withHeader("Range", equalTo("bytes=0-9"))
                .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "video/webm")
                        .withHeader("Content-Range", "bytes 0-9/90000").withHeader("ETag", "\"abc\"")
                        .withHeader("Cache-Control", "private, max-age=31536000, immutable")
                        .withHeader("Accept-Ranges", "bytes").withBody(part)));
        Response relayed = given().header("Range", "bytes=0-9").when().get("/media/" + VIDEO);
        relayed.then().statusCode(206).contentType("video/webm").header("Content-Range", "bytes 0-9/90000")
                .header("ETag", "\"abc\"").header("Cache-Control", "private, max-age=31536000, immutable");
        assertThat(relayed.asByteArray()).isEqualTo(part);

        services.stubFor(get(urlPathEqualTo("/api/media/" + PICTURE)).withHeader("If-None-Match", equalTo("\"abc\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"abc\"")));
        given().header("If-None-Match", "\"abc\"").when().get("/media/" + PICTURE + "?size=phone").then()
                .statusCode(304);
        services.verify(getRequestedFor(urlPathEqualTo("/api/media/" + PICTURE))
                .withQueryParam("size", equalTo("phone")));

        ServiceStubs.json(services, get(urlPathEqualTo("/api/media/" + EXERCISE)), 404,
                "{\"title\":\"Not found\",\"status\":404,\"detail\":\"Media was not found\"}");
        String body = given().when().get("/media/" + EXERCISE).then().statusCode(404).extract().asString();
        assertThat(body).doesNotContain("Media was not found");
    }

    @Test
    @TestSecurity(user = "44444444-4444-4444-8444-444444444444", roles = "therapist")
    void anUploadIsRelayedAsSentAndARefusalIsToldInWords() {
        ServiceStubs.json(services, get("/api/exercises/" + EXERCISE), 200, """
                {"id":"%s","version":2,"name":"Dead bug","summary":"s","steps":["a"],"cues":[],"regions":["LUMBAR"],
                 "movementTags":["CORE_ENDURANCE"],"equipment":[],"dose":{"sets":2,"reps":8,"holdSeconds":0},
                 "intensityCap":6,"media":[]}""".formatted(EXERCISE));
        ServiceStubs.json(services, get("/api/exercises"), 200, "[]");
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises/" + EXERCISE)).withQueryParam("version",
                equalTo("1")), 200,
                "{\"id\":\"%s\",\"version\":1,\"name\":\"Dead bug\",\"media\":[]}".formatted(EXERCISE));
        ServiceStubs.json(services, post(urlPathEqualTo("/api/exercises/" + EXERCISE + "/media")), 415,
                "{\"title\":\"Unsupported media type\",\"status\":415,"
                        + "\"detail\":\"body: the bytes are not a picture\"}");
        byte[] file = "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8);

        String page = given().multiPart("file", "start.png", file, "image/png").multiPart("caption", "Start")
                .when().post("/therapist/exercises/" + EXERCISE + "/media").then().statusCode(200).extract().asString();

        services.verify(postRequestedFor(urlPathEqualTo("/api/exercises/" + EXERCISE + "/media"))
                .withHeader("Content-Type", equalTo("image/png")).withQueryParam("caption", equalTo("Start"))
                .withRequestBody(binaryEqualTo(file)));
        assertThat(page).contains("This file cannot be used", "checks what the file really is")
                .doesNotContain("the bytes are not a picture");
    }

    @Test
    @TestSecurity(user = "44444444-4444-4444-8444-444444444444", roles = "therapist")
    void theLibrarySearchesByWordsRegionEquipmentAndKnownTagsOnly() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/exercises")), 200, """
                [{"id":"%s","version":1,"name":"Dead bug","regions":["LUMBAR"],"movementTags":["CORE_ENDURANCE"],
                  "dose":{"sets":2,"reps":8,"holdSeconds":0},"intensityCap":6,"equipment":["exercise mat"],
                  "illustrationUrl":"/api/exercises/%s/illustration","media":[]}]""".formatted(EXERCISE, EXERCISE));

        String page = given().queryParam("q", " dead bug ").queryParam("region", "LUMBAR").queryParam("tag", "BOGUS")
                .queryParam("equipment", " mat ").when().get("/therapist/exercises").then().statusCode(200)
                .extract().asString();

        services.verify(getRequestedFor(urlPathEqualTo("/api/exercises")).withQueryParam("q", equalTo("dead bug"))
                .withQueryParam("region", equalTo("LUMBAR")).withQueryParam("tag", absent())
                .withQueryParam("equipment", equalTo("mat")));
        assertThat(page).contains("1 exercise matches", "value=\"dead bug\"", "value=\"mat\"",
                "<option value=\"exercise mat\">",
                "<option value=\"LUMBAR\" selected>", "src=\"/media/illustrations/" + EXERCISE + "\"");
    }
}
