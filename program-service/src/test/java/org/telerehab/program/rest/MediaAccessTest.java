package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may see an exercise's media: therapists and admins; a patient only what a version their current plan pins
 * shows, so a video added after the plan was given stays out of it until the next plan version.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MediaAccessTest {

    private final UUID therapistId = UUID.randomUUID();
    private final String therapist = TestTokens.therapist(therapistId);

    @Test
    void aPatientSeesTheMediaOfThePlanTheyWereGivenAndNothingElse() {
        String exercise = MediaSamples.newExercise(therapist);
        String picture = MediaSamples.upload(therapist, exercise, "image/png", MediaSamples.png(200, 100), "Start")
                .then().statusCode(201).extract().path("url");
        UUID patient = patientOnPlanWith(UUID.fromString(exercise));

        String patientToken = TestTokens.patient(patient);
        given().auth().oauth2(patientToken).when().get(picture).then().statusCode(200).contentType("image/png");
        given().auth().oauth2(patientToken).when().get("/api/patients/{id}/plans/active", patient).then()
                .statusCode(200)
                .body("items.find { it.exerciseId == '" + exercise + "' }.exercise.media.url", contains(picture))
                .body("items.find { it.exerciseId == '" + exercise + "' }.exercise.media.caption", contains("Start"));

        String video = MediaSamples.upload(therapist, exercise, "video/mp4", MediaSamples.mp4(5000), "Whole movement")
                .then().statusCode(201).extract().path("url");
        // added after the plan was given: not in the version the plan pins
        given().auth().oauth2(patientToken).when().get(video).then()
                .statusCode(404);
        given().auth().oauth2(patientToken).when().get("/api/patients/{id}/plans/active", patient).then()
                .body("items.find { it.exerciseId == '" + exercise + "' }.exercise.media.url", contains(picture));

        UUID otherPatient = patientOnPlanWith(ProgramFixtures.DEAD_BUG);
        given().auth().oauth2(TestTokens.patient(otherPatient)).when().get(picture).then().statusCode(404);
        // a patient without a plan
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get(picture).then()
                .statusCode(404);

        given().auth().oauth2(therapist).when().get(video).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).when().get(video).then().statusCode(200);
        given().when().get(video).then().statusCode(401);
    }

    @Test
    void onlyTherapistsUpload() {
        String exercise = MediaSamples.newExercise(therapist);
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).contentType("image/png")
                .body(MediaSamples.png(20, 20)).when().post("/api/exercises/{id}/media", exercise).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).contentType("image/png")
                .body(MediaSamples.png(20, 20)).when().post("/api/exercises/{id}/media", exercise).then()
                .statusCode(403);
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", exercise).then()
                .body("version", equalTo(1));
    }

    private UUID patientOnPlanWith(UUID exerciseId) {
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapistId, patient);
        ProgramFixtures.assign(therapistId, patient, ProgramFixtures.plan(ProgramFixtures.item(exerciseId, 6, null)))
                .statusCode(201);
        return patient;
    }
}
