package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * program-service takes videos of up to 100 MB, yet every other body stays a small form: over 256 KB is refused
 * before it is read, and a form must say its length (a body streamed without one could grow to the video limit).
 * A picture or video may stream in without a length.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class BodyLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String therapist = MediaSamples.therapist();

    @Test
    void aFormWithoutALengthIs411AndAFileWithoutOneIsTaken() throws Exception {
        String exercise = MediaSamples.newExercise(therapist);
        byte[] json = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> form = send("/api/exercises", "application/json", json);
        assertThat(form.statusCode()).isEqualTo(411);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> file = send("/api/exercises/" + exercise + "/media", "image/png",
                MediaSamples.png(100, 100));
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
    }

    @Test
    void aFormOverItsLimitIs413EvenThoughVideosMayBeLarger() {
        byte[] big = new byte[300 * 1024];
        RestAssured.given().auth().oauth2(therapist).contentType("application/json").body(big).when()
                .post("/api/exercises").then().statusCode(413).contentType("application/problem+json");
    }

    /** Sends the body as a stream of unknown length (chunked). */
    private HttpResponse<String> send(String path, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + therapist).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
