package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The video limit is its own setting: at it a video is kept, a byte over it is refused with 413 and nothing kept.
 * (Shrunk to 64 KB here; production's is 100 MB, the picture limit's edges are in {@link ExerciseMediaTest}.)
 */
@QuarkusTest
@TestProfile(MediaLimitsTest.SmallVideos.class)
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MediaLimitsTest {

    public static class SmallVideos implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telerehab.media.video-max-size", "64K");
        }
    }

    private final String therapist = MediaSamples.therapist();

    @Test
    void aVideoAtTheLimitIsKeptAndOneByteMoreIsRefused() {
        String exercise = MediaSamples.newExercise(therapist);
        MediaSamples.upload(therapist, exercise, "video/mp4", MediaSamples.mp4(64 * 1024 + 1), null).then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("A video may be at most 65536 bytes"));
        MediaSamples.upload(therapist, exercise, "video/mp4", MediaSamples.mp4(64 * 1024), null).then()
                .statusCode(201);
        // pictures keep their own limit: a 100 KB picture is far under 5 MB
        MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(900, 900), null).then()
                .statusCode(201);
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then()
                .body("version", equalTo(3)).body("media", hasSize(2));
    }
}
