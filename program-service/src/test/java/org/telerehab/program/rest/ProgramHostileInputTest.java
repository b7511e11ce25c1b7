package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.program.repository.MediaObjects;
import org.telerehab.testsupport.Footprint;
import org.telerehab.testsupport.HostileFiles;
import org.telerehab.testsupport.HostileInputContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.KNEE_TO_CHEST;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgramHostileInputTest extends HostileInputContract {

    @Inject
    MediaObjects objects;

    private UUID dischargedPatient;

    /** A sciatic patient with a review flag in the care of one therapist, and an exercise of the fuzzer's own. */
    @Override
    protected Map<String, Seed> seeds() {
        UUID therapist = UUID.randomUUID();
        String token = TestTokens.therapist(therapist);
        UUID patient = ProgramFixtures.screenedPatient(Disposition.PHYSICIAN_REVIEW, Region.LUMBAR, Region.SCIATIC);
        ProgramFixtures.takeIntoCare(therapist, patient);
        ProgramFixtures.clear(therapist, patient);
        // edits go to an exercise of its own: the seeded library stays as other tests expect it. It carries no safety
        // tag, so that dropping its tags is valid input for a therapist (removing a safety tag is 403, for admins)
        String ownExercise = given().auth().oauth2(token).contentType("application/json")
                .body(withoutSafetyTags("Fuzzed wall sit")).when().post("/api/exercises")
                .then().statusCode(201).extract().path("id");
        // translations go to an exercise of their own, whose steps and cues no fuzzed edit changes in number
        String translatedExercise = given().auth().oauth2(token).contentType("application/json")
                .body(ProgramFixtures.exercise("Fuzzed translated wall sit")).when().post("/api/exercises")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> kneeToChest = ProgramFixtures.item(KNEE_TO_CHEST, 6, 60);
        kneeToChest.put("acknowledgedWarnings", List.of("FLEXION_STRETCH_FOR_BACK_PAIN"));
        Map<String, Object> plan = ProgramFixtures.plan(ProgramFixtures.item(DEAD_BUG, 6, null), kneeToChest);
        plan.put("acknowledgedWarnings", List.of("FLEXION_WITH_SCIATIC"));
        // transfers go to a patient of their own, sent by an admin (who may hand over whoever cares)
        UUID transferred = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(UUID.randomUUID(), transferred);
        return Map.ofEntries(
                entry("POST /api/patients/{patientId}/discharge", new Seed(token, Map.of("patientId",
                        dischargedPatient(therapist)), Map.of("reason", "Goals met: walks 5 km without pain"))),
                entry("POST /api/patients/{patientId}/care/transfer", new Seed(TestTokens.admin(UUID.randomUUID()),
                        Map.of("patientId", transferred), Map.of("therapistId", UUID.randomUUID().toString()))),
                entry("POST /api/patients/{patientId}/clearance", new Seed(token, Map.of("patientId", patient),
                        Map.of("note", "GP letter: cleared for exercise"))),
                entry("POST /api/patients/{patientId}/plans", new Seed(token, Map.of("patientId", patient), plan)),
                entry("POST /api/exercises", new Seed(token, Map.of(), ProgramFixtures.exercise("Fuzzed squat"))),
                entry("PUT /api/exercises/{id}", new Seed(token, Map.of("id", ownExercise),
                        withoutSafetyTags("Fuzzed wall sit, edited"))),
                entry("POST /api/exercises/{id}/media", new Seed(token, Map.of("id", ownExercise),
                        new HostileFiles.File("image/png", MediaSamples.png(20, 20)))),
                entry("PUT /api/exercises/{id}/translations/{locale}", new Seed(token,
                        Map.of("id", translatedExercise, "locale", "es"), spanishWallSit())));
    }

    /** Uploads write objects too: a refused one must leave the object store as it was. */
    @Override
    protected Footprint footprint() {
        return Footprint.of(Footprint.database(), () -> new Footprint.Snapshot(
                Map.of("object store", String.join(",", new TreeSet<>(objects.keys()))), 0));
    }

    /** Each discharge variant finds the patient in an episode: as if they had screened again since the last one. */
    @Override
    protected void beforeVariant(String operation) {
        if (operation.equals("POST /api/patients/{patientId}/discharge")) {
            TestDatabase.execute("UPDATE triage_entry SET submitted_at = clock_timestamp() WHERE patient_id = '"
                    + dischargedPatient + "'");
        }
    }

    private UUID dischargedPatient(UUID therapist) {
        dischargedPatient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, dischargedPatient);
        return dischargedPatient;
    }

    /** The fixture's wall sit in Spanish: as many steps (3) and cues (2) as its English. */
    private static Map<String, Object> spanishWallSit() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Sentadilla en la pared");
        body.put("summary", "Trabajo isométrico de cuádriceps y glúteos contra la pared.");
        body.put("steps", List.of("Apoya la espalda en la pared.", "Baja un poco.", "Mantén y respira."));
        body.put("cues", List.of("La espalda plana contra la pared.", "6-7 de 10, nunca 8 o más."));
        return body;
    }

    private static Map<String, Object> withoutSafetyTags(String name) {
        Map<String, Object> exercise = ProgramFixtures.exercise(name);
        exercise.put("movementTags", List.of("CORE_ENDURANCE"));
        return exercise;
    }
}
