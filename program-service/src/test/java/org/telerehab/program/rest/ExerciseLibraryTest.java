package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseLibraryTest {

    private final String therapist = TestTokens.therapist(UUID.randomUUID());

    @Test
    void seededLibraryHasTheMovementRetrainingExercisesAndTheContestedStretches() {
        given().auth().oauth2(therapist).when().get("/api/exercises").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(20))
                .body("name", hasItems("Hip hinge drill (dowel)", "Dead bug", "Bird dog", "McGill curl-up",
                        "Knee-to-chest stretch", "Seated forward fold", "Pigeon pose", "Lizard pose"))
                .body("find { it.name == 'Knee-to-chest stretch' }.movementTags", hasItem("LUMBAR_FLEXION"))
                .body("steps*.size()", everyItem(greaterThanOrEqualTo(3)))
                .body("cues*.size()", everyItem(greaterThanOrEqualTo(2)));
        given().auth().oauth2(therapist).when().get("/api/templates").then().statusCode(200)
                .body("region", hasItems("LUMBAR", "THORACIC", "SCIATIC", "HIP_PELVIS", "NECK"));
    }

    @Test
    void filtersByRegionAndTag() {
        given().auth().oauth2(therapist).queryParam("region", "SCIATIC").queryParam("tag", "LUMBAR_FLEXION")
                .when().get("/api/exercises").then().statusCode(200)
                .body("regions", everyItem(hasItem("SCIATIC")))
                .body("movementTags", everyItem(hasItem("LUMBAR_FLEXION")));
        given().auth().oauth2(therapist).queryParam("tag", "CORE_ENDURANCE").when().get("/api/exercises")
                .then().body("name", hasItem("Dead bug")).body("name", not(hasItem("Pigeon pose")));
        given().auth().oauth2(therapist).queryParam("region", "ELBOW").when().get("/api/exercises")
                .then().statusCode(404);
    }

    @Test
    void editingMakesANewVersionAndKeepsTheOldOne() {
        String id = given().auth().oauth2(therapist).contentType("application/json").body(ProgramFixtures.exercise("Wall sit"))
                .when().post("/api/exercises").then().statusCode(201)
                .body("version", equalTo(1)).extract().path("id");

        Map<String, Object> edited = ProgramFixtures.exercise("Wall sit (shallow)");
        given().auth().oauth2(therapist).contentType("application/json").body(edited)
                .when().put("/api/exercises/{id}", id).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("Wall sit (shallow)"));

        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", id).then().body("version", equalTo(2));
        given().auth().oauth2(therapist).queryParam("version", 1).when().get("/api/exercises/{id}", id)
                .then().statusCode(200).body("name", equalTo("Wall sit"));
        assertThat(TestDatabase.count("SELECT count(*) FROM exercise WHERE id = ?::uuid AND current", id))
                .isEqualTo(1);
    }

    @Test
    void badExercisesAreRejectedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> body = ProgramFixtures.exercise("Zero sets");
        body.put("dose", Map.of("sets", 0, "reps", 10, "holdSeconds", 0));
        given().auth().oauth2(therapist).contentType("application/json").body(body)
                .when().post("/api/exercises").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("dose.sets"));
        Map<String, Object> badLink = ProgramFixtures.exercise("Dangling progression");
        badLink.put("progressionId", UUID.randomUUID().toString());
        given().auth().oauth2(therapist).contentType("application/json").body(badLink)
                .when().post("/api/exercises").then().statusCode(422).body("errors.field", hasItem("progressionId"));
        assertThat(TestDatabase.count("SELECT count(*) FROM exercise WHERE name IN ('Zero sets', 'Dangling progression')"))
                .isZero();
    }

    @Test
    void patientsCannotEditTheLibrary() {
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).contentType("application/json")
                .body(ProgramFixtures.exercise("Sneaky")).when().post("/api/exercises").then().statusCode(403);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get("/api/exercises")
                .then().statusCode(403);
    }
}
