package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Exercise content per language (issue 18), against the service's real PostgreSQL. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseTranslationsTest {

    private final UUID therapistId = UUID.randomUUID();
    private final String therapist = TestTokens.therapist(therapistId);

    @Test
    void aTranslationIsWrittenAndReadBackInSpanishAndReplacedByTheNextWrite() {
        String id = newExercise("Wall sit (translated)");

        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla en la pared"))
                .when().put("/api/exercises/{id}/translations/{locale}", id, "es").then().statusCode(201)
                .header("Location", endsWith("/api/exercises/" + id + "?version=1&locale=es"))
                .body("exerciseId", equalTo(id)).body("version", equalTo(1)).body("locale", equalTo("es"))
                .body("name", equalTo("Sentadilla en la pared"))
                .body("steps[1]", equalTo("Deslízate un poco hacia abajo."))
                .body("translatedBy", equalTo(therapistId.toString())).body("translatedAt", notNullValue());

        given().auth().oauth2(therapist).queryParam("locale", "es").when().get("/api/exercises/{id}", id)
                .then().statusCode(200).body("contentLocale", equalTo("es"))
                .body("name", equalTo("Sentadilla en la pared"))
                .body("summary", equalTo("Trabajo isométrico de cuádriceps y glúteos contra la pared."))
                .body("steps", contains("Apoya la espalda en la pared.", "Deslízate un poco hacia abajo.",
                        "Mantén la posición y respira."))
                .body("cues", contains("La espalda plana contra la pared.", "6-7 de 10, nunca 8 o más."))
                // what is not words stays the exercise's own
                .body("dose.sets", equalTo(3)).body("movementTags", contains("LOADED"));

        // the same version and language again: replaces its words (200), still one row
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla isométrica"))
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(200)
                .body("name", equalTo("Sentadilla isométrica"));
        given().auth().oauth2(therapist).queryParam("locale", "es").when().get("/api/exercises/{id}", id)
                .then().body("name", equalTo("Sentadilla isométrica"));
        assertThat(rowsOf(id)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE resource_type = 'Exercise'"
                + " AND resource_id = ? AND action IN ('TRANSLATE', 'EDIT_TRANSLATION')", id + "@v1/es")).isEqualTo(2);

        // an admin reads which languages there are; a patient reads none of the library
        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).when().get("/api/exercises/{id}/translations", id)
                .then().statusCode(200).body("currentVersion", equalTo(1))
                .body("versions[0].version", equalTo(1)).body("versions[0].locales", contains("es"))
                .body("versions[0].translations[0].translatedBy", equalTo(therapistId.toString()));
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToEnglishAndSaysSo() {
        String id = newExercise("Wall sit (English only)");
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla"))
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(201);

        for (String locale : new String[] {"fr", "ar", "en"}) {
            given().auth().oauth2(therapist).queryParam("locale", locale).when().get("/api/exercises/{id}", id)
                    .then().statusCode(200).body("contentLocale", equalTo("en"))
                    .body("name", equalTo("Wall sit (English only)"))
                    .body("steps[0]", equalTo("Stand with your back against a wall."));
        }
        // no language asked: English, as before (and the library lists in English)
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}", id).then()
                .body("contentLocale", equalTo("en")).body("name", equalTo("Wall sit (English only)"));
        given().auth().oauth2(therapist).queryParam("q", "Wall sit (English only)").when().get("/api/exercises")
                .then().statusCode(200).body("contentLocale", hasItem("en"));
    }

    @Test
    void aTranslationStaysWithItsVersionAndANewVersionStartsWithoutOne() {
        String id = newExercise("Wall sit (versioned)");
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla v1"))
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(201);

        // a new English version: the Spanish of version 1 may no longer match it
        given().auth().oauth2(therapist).contentType("application/json")
                .body(ProgramFixtures.exercise("Wall sit (versioned, deeper)"))
                .when().put("/api/exercises/{id}", id).then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(therapist).queryParam("locale", "es").when().get("/api/exercises/{id}", id)
                .then().body("version", equalTo(2)).body("contentLocale", equalTo("en"))
                .body("name", equalTo("Wall sit (versioned, deeper)"));
        given().auth().oauth2(therapist).queryParam("locale", "es").queryParam("version", 1)
                .when().get("/api/exercises/{id}", id)
                .then().body("version", equalTo(1)).body("contentLocale", equalTo("es"))
                .body("name", equalTo("Sentadilla v1"));
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}/translations", id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("versions.version", contains(2, 1))
                .body("versions[0].locales", empty()).body("versions[1].locales", contains("es"));

        // translating the old version on purpose (?version=) leaves the new one alone, and vice versa
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla v1, en francés"))
                .queryParam("version", 1)
                .when().put("/api/exercises/{id}/translations/fr", id).then().statusCode(201)
                .body("version", equalTo(1));
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla v2"))
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(201)
                .body("version", equalTo(2));
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}/translations", id).then()
                .body("versions[0].locales", contains("es")).body("versions[1].locales", contains("es", "fr"));
        given().auth().oauth2(therapist).queryParam("locale", "es").queryParam("version", 1)
                .when().get("/api/exercises/{id}", id).then().body("name", equalTo("Sentadilla v1"));
    }

    @Test
    void aPatientReadsTheirPlanInTheirLanguageAndOtherAccessIsUnchanged() {
        String translated = newExercise("Wall sit (for a patient)");
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla del paciente"))
                .when().put("/api/exercises/{id}/translations/es", translated).then().statusCode(201);
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapistId, patient);
        ProgramFixtures.assign(therapistId, patient, ProgramFixtures.plan(
                ProgramFixtures.item(UUID.fromString(translated), 6, null),
                ProgramFixtures.item(ProgramFixtures.DEAD_BUG, 6, null))).statusCode(201);
        String token = TestTokens.patient(patient);

        given().auth().oauth2(token).queryParam("locale", "es")
                .when().get("/api/patients/{id}/plans/active", patient).then().statusCode(200)
                .body("items[0].exercise.contentLocale", equalTo("es"))
                .body("items[0].exercise.name", equalTo("Sentadilla del paciente"))
                .body("items[0].exercise.steps[2]", equalTo("Mantén la posición y respira."))
                // the seeded dead bug is not translated: English, and the patient is told so
                .body("items[1].exercise.contentLocale", equalTo("en"))
                .body("items[1].exercise.name", equalTo("Dead bug"));
        given().auth().oauth2(token).when().get("/api/patients/{id}/plans/active", patient).then().statusCode(200)
                .body("items[0].exercise.contentLocale", equalTo("en"))
                .body("items[0].exercise.name", equalTo("Wall sit (for a patient)"));
        given().auth().oauth2(therapist).queryParam("locale", "es")
                .when().get("/api/patients/{id}/plans/active", patient).then().statusCode(200)
                .body("items[0].exercise.name", equalTo("Sentadilla del paciente"));

        // another patient: 404 as before, in any language; the library itself stays closed to patients
        String stranger = TestTokens.patient(UUID.randomUUID());
        given().auth().oauth2(stranger).queryParam("locale", "es")
                .when().get("/api/patients/{id}/plans/active", patient).then().statusCode(404);
        given().auth().oauth2(token).queryParam("locale", "es").when().get("/api/exercises/{id}", translated)
                .then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/exercises/{id}/translations", translated)
                .then().statusCode(403);
        // a therapist who does not care for her: 403 as before
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).queryParam("locale", "es")
                .when().get("/api/patients/{id}/plans/active", patient).then().statusCode(403);
        // a language the portal does not speak
        given().auth().oauth2(token).queryParam("locale", "de")
                .when().get("/api/patients/{id}/plans/active", patient).then().statusCode(422)
                .body("errors.field", contains("locale"));
    }

    @Test
    void badTranslationsAre422NamingTheFieldAndWriteNothing() {
        String id = newExercise("Wall sit (refused)");

        Map<String, Object> twoSteps = spanish("Sentadilla");
        twoSteps.put("steps", List.of("Uno.", "Dos."));
        refused(id, "es", twoSteps, "steps").body("errors[0].message", containsString("must have 3 items"));

        Map<String, Object> oneCue = spanish("Sentadilla");
        oneCue.put("cues", List.of("Una."));
        refused(id, "es", oneCue, "cues");

        refused(id, "es", spanish("   "), "name");
        refused(id, "es", spanish("n".repeat(121)), "name");
        Map<String, Object> longStep = spanish("Sentadilla");
        longStep.put("steps", List.of("1", "x".repeat(501), "3"));
        refused(id, "es", longStep, "steps[1]");
        Map<String, Object> noSummary = spanish("Sentadilla");
        noSummary.remove("summary");
        refused(id, "fr", noSummary, "summary");

        refused(id, "de", spanish("Wandsitz"), "locale");
        refused(id, "en", spanish("Wall sit"), "locale").body("detail", containsString("English is the exercise"));
        refused(id, "ES", spanish("Sentadilla"), "locale");

        // several at once: each named
        Map<String, Object> several = spanish(" ");
        several.put("cues", List.of());
        given().auth().oauth2(therapist).contentType("application/json").body(several)
                .when().put("/api/exercises/{id}/translations/ar", id).then().statusCode(422)
                .body("errors.field", contains("name", "cues"));
        assertThat(rowsOf(id)).isZero();

        // a refused rewrite leaves the stored words as they were
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla"))
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(201);
        refused(id, "es", twoSteps, "steps");
        given().auth().oauth2(therapist).queryParam("locale", "es").when().get("/api/exercises/{id}", id)
                .then().body("name", equalTo("Sentadilla")).body("steps.size()", equalTo(3));
        assertThat(rowsOf(id)).isEqualTo(1);

        // reading in an unknown language
        given().auth().oauth2(therapist).queryParam("locale", "de").when().get("/api/exercises/{id}", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("locale"));
    }

    @Test
    void unknownExercisesAndVersionsAre404AndWriteNothing() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla"))
                .when().put("/api/exercises/{id}/translations/es", unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(therapist).when().get("/api/exercises/{id}/translations", unknown)
                .then().statusCode(404);
        given().auth().oauth2(therapist).queryParam("locale", "es").when().get("/api/exercises/{id}", unknown)
                .then().statusCode(404);
        String id = newExercise("Wall sit (one version)");
        given().auth().oauth2(therapist).contentType("application/json").body(spanish("Sentadilla"))
                .queryParam("version", 7)
                .when().put("/api/exercises/{id}/translations/es", id).then().statusCode(404);
        assertThat(TestDatabase.count("SELECT count(*) FROM exercise_translation WHERE exercise_id IN (?, ?::uuid)",
                unknown, id)).isZero();
    }

    private io.restassured.response.ValidatableResponse refused(String id, String locale, Object body,
                                                                  String field) {
        long before = rowsOf(id);
        var response = given().auth().oauth2(therapist).contentType("application/json").body(body)
                .when().put("/api/exercises/{id}/translations/{locale}", id, locale).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://telerehab.org/problems/validation"))
                .body("errors.field", contains(field));
        assertThat(rowsOf(id)).as("rows after a refused %s", field).isEqualTo(before);
        return response;
    }

    private String newExercise(String name) {
        return given().auth().oauth2(therapist).contentType("application/json").body(ProgramFixtures.exercise(name))
                .when().post("/api/exercises").then().statusCode(201).extract().path("id");
    }

    private static long rowsOf(String exerciseId) {
        return TestDatabase.count("SELECT count(*) FROM exercise_translation WHERE exercise_id = ?::uuid",
                exerciseId);
    }

    /** Spanish for the fixture's wall sit: three steps and two cues, as its English. */
    private static Map<String, Object> spanish(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("summary", "Trabajo isométrico de cuádriceps y glúteos contra la pared.");
        body.put("steps", List.of("Apoya la espalda en la pared.", "Deslízate un poco hacia abajo.",
                "Mantén la posición y respira."));
        body.put("cues", List.of("La espalda plana contra la pared.", "6-7 de 10, nunca 8 o más."));
        return body;
    }
}
