package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.program.repository.MediaObjects;
import org.telerehab.testsupport.EmbeddedObjectStore;
import org.telerehab.testsupport.EmbeddedPostgres;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An upload that fails half-way leaves neither a row nor an object behind. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MediaFailureTest {

    @Inject
    MediaObjects objects;

    private final String therapist = MediaSamples.therapist();

    @Test
    void whenTheObjectStoreIsDownNothingIsWritten() {
        String exercise = MediaSamples.newExercise(therapist);
        MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(20, 20), null).then().statusCode(201);
        long rows = TestDatabase.count("SELECT count(*) FROM exercise_media");
        EmbeddedObjectStore.stop();
        try {
            MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(900, 600), null).then()
                    .statusCode(503).contentType("application/problem+json");
        } finally {
            EmbeddedObjectStore.start();
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM exercise_media")).isEqualTo(rows);
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then().body("version", equalTo(2));
        everyRowHasItsObjects();
    }

    @Test
    void whenTheDatabaseRefusesTheRowTheObjectsAreRemoved() {
        String exercise = MediaSamples.newExercise(therapist);
        Set<String> before = new HashSet<>(objects.keys());
        String runtimeRole = EmbeddedPostgres.role(EmbeddedPostgres.RUNTIME_ROLE);
        TestDatabase.execute("REVOKE INSERT ON exercise_media FROM " + runtimeRole);
        try {
            MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(900, 600), null).then()
                    .statusCode(500).contentType("application/problem+json");
        } finally {
            TestDatabase.execute("GRANT INSERT ON exercise_media TO " + runtimeRole);
        }
        assertThat(new HashSet<>(objects.keys())).as("the picture and its phone copy were removed again")
                .isEqualTo(before);
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then().body("version", equalTo(1));
        everyRowHasItsObjects();
    }

    @Test
    void twoUploadsAtOnceMakeOneVersionEachOrAreRefusedWithNothingLeft() throws Exception {
        String exercise = MediaSamples.newExercise(therapist);
        int objectsBefore = objects.keys().size();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> uploads = List.of(two.submit(() -> upload(exercise)),
                    two.submit(() -> upload(exercise)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> upload : uploads) {
                statuses.add(upload.get());
            }
            assertThat(statuses).as("each kept, or refused as a conflict to retry").allMatch(s -> s == 201 || s == 409)
                    .contains(201);
            long kept = statuses.stream().filter(s -> s == 201).count();
            given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then()
                    .body("version", equalTo(1 + (int) kept)).body("media.size()", equalTo((int) kept));
            // a picture 900 pixels wide is two objects (the original and the phone copy); a refused one left none
            assertThat(objects.keys()).hasSize(objectsBefore + 2 * (int) kept);
        } finally {
            two.shutdownNow();
        }
        everyRowHasItsObjects();
    }

    private int upload(String exercise) {
        return MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(900, 600), null).statusCode();
    }

    private void everyRowHasItsObjects() {
        Set<String> stored = new HashSet<>(objects.keys());
        assertThat(stored).containsAll(TestDatabase.strings("SELECT object_key FROM exercise_media"));
        assertThat(stored).containsAll(TestDatabase.strings(
                "SELECT phone_object_key FROM exercise_media WHERE phone_object_key IS NOT NULL"));
    }
}
