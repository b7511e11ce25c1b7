package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Uploads and reads against the real object store (S3Proxy) and database. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseMediaTest {

    private final String therapist = MediaSamples.therapist();

    @Test
    void anUploadedPictureIsStoredShownOnTheNewVersionAndStreamedBack() {
        String exercise = MediaSamples.newExercise(therapist);
        byte[] png = MediaSamples.png(1200, 800);
        Response created = MediaSamples.upload(therapist, exercise, "image/png", png, "Start position, side view");
        created.then().statusCode(201).body("contentType", equalTo("image/png")).body("size", equalTo(png.length))
                .body("caption", equalTo("Start position, side view"))
                .body("url", startsWith("/api/media/")).body("phoneUrl", endsWith("?size=phone"))
                .header("Location", containsString("/api/media/"));
        String url = created.path("url");

        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then().statusCode(200)
                .body("version", equalTo(2)).body("media", hasSize(1)).body("media[0].url", equalTo(url));
        given().auth().oauth2(therapist).queryParam("version", 1).when().get("/api/exercises/{id}", exercise)
                .then().body("media", hasSize(0));

        Response whole = given().auth().oauth2(therapist).when().get(url);
        whole.then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Accept-Ranges", "bytes").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"));
        assertThat(whole.asByteArray()).isEqualTo(png);

        byte[] phone = given().auth().oauth2(therapist).when().get((String) created.path("phoneUrl")).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(MediaSamples.widthOf(phone)).isEqualTo(640);
    }

    @Test
    void aRangeIsSentAsAPartOfTheObject() {
        String exercise = MediaSamples.newExercise(therapist);
        byte[] video = MediaSamples.mp4(200_000);
        Arrays.fill(video, 100_000, 100_010, (byte) 7);
        Response created = MediaSamples.upload(therapist, exercise, "video/mp4", video, null);
        String url = created.then().statusCode(201).extract().path("url");
        assertThat((String) created.path("phoneUrl")).as("a video has no phone copy").isEqualTo(url);
        Response part = given().auth().oauth2(therapist).header("Range", "bytes=100000-100009").when().get(url);
        part.then().statusCode(206).header("Content-Range", "bytes 100000-100009/200000")
                .header("Content-Length", "10");
        assertThat(part.asByteArray()).containsOnly((byte) 7).hasSize(10);

        Response tail = given().auth().oauth2(therapist).header("Range", "bytes=-4").when().get(url);
        tail.then().statusCode(206).header("Content-Range", "bytes 199996-199999/200000");

        given().auth().oauth2(therapist).header("Range", "bytes=200000-").when().get(url).then().statusCode(416)
                .header("Content-Range", "bytes */200000");
    }

    @Test
    void anUnchangedObjectIsNotSentTwice() {
        String exercise = MediaSamples.newExercise(therapist);
        String url = MediaSamples.upload(therapist, exercise, "image/jpeg", MediaSamples.jpeg(300, 200), null)
                .then().statusCode(201).extract().path("url");
        String etag = given().auth().oauth2(therapist).when().get(url).then().statusCode(200).extract()
                .header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        given().auth().oauth2(therapist).header("If-None-Match", etag).when().get(url).then().statusCode(304)
                .header("ETag", etag);
        given().auth().oauth2(therapist).header("If-None-Match", "\"something-else\"").when().get(url).then()
                .statusCode(200);
    }

    @Test
    void filesOverTheLimitAreRefusedWith413AndNothingIsKept() {
        String exercise = MediaSamples.newExercise(therapist);
        byte[] png = MediaSamples.png(10, 10);
        byte[] oversized = Arrays.copyOf(png, 5 * 1024 * 1024 + 1);
        MediaSamples.upload(therapist, exercise, "image/png", oversized, null).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        // exactly 5 MB is still accepted (a PNG may carry bytes after its end)
        MediaSamples.upload(therapist, exercise, "image/png", Arrays.copyOf(png, 5 * 1024 * 1024), null).then()
                .statusCode(201);
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then().body("version", equalTo(2))
                .body("media", hasSize(1)).body("media[0].size", equalTo(5 * 1024 * 1024));
    }

    @Test
    void filesAreJudgedByTheirBytesNotTheirLabel() {
        String exercise = MediaSamples.newExercise(therapist);
        MediaSamples.upload(therapist, exercise, "video/mp4", MediaSamples.png(20, 20), null).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("detail", containsString("image/png"));
        MediaSamples.upload(therapist, exercise, "image/jpeg", MediaSamples.html(), null).then().statusCode(415)
                .body("detail", containsString("not a picture or video"));
        // a PNG's signature on a broken file
        MediaSamples.upload(therapist, exercise, "image/png", Arrays.copyOf(MediaSamples.png(20, 20), 40), null)
                .then().statusCode(415)
                .body("detail", containsString("not a readable PNG"));
        MediaSamples.upload(therapist, exercise, "text/html", MediaSamples.html(), null).then().statusCode(415);
        MediaSamples.upload(therapist, exercise, "image/svg+xml", "<svg/>".getBytes(), null).then().statusCode(415);
        MediaSamples.upload(therapist, exercise, "image/png", new byte[0], null).then().statusCode(422)
                .body("errors[0].field", equalTo("body"));
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then().body("version", equalTo(1))
                .body("media", hasSize(0));
    }

    @Test
    void captionsAreShortAndUploadsNeedAnExercise() {
        String exercise = MediaSamples.newExercise(therapist);
        MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(20, 20), "x".repeat(301)).then()
                .statusCode(422).body("errors[0].field", containsString("caption"));
        MediaSamples.upload(therapist, "00000000-0000-4000-8000-000000000000", "image/png", MediaSamples.png(20, 20),
                null).then().statusCode(404);
        given().auth().oauth2(therapist).when().get("/api/media/00000000-0000-4000-8000-000000000000").then()
                .statusCode(404);
    }
}
