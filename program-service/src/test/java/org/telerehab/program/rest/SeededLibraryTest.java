package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.kit.limits.ListPaging;
import org.telerehab.program.domain.StarterDose;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The library as seeded: complete exercises and starter templates dosed as the sources start. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SeededLibraryTest {

    private static final String SEEDED = "5eed0e00-";
    private final String therapist = TestTokens.therapist(UUID.randomUUID());

    /** The seeded exercises, from every page of the library (other tests add exercises of their own). */
    private Map<String, Map<String, Object>> seededExercises() {
        List<Map<String, Object>> all = new ArrayList<>();
        List<Map<String, Object>> page;
        do {
            page = given().auth().oauth2(therapist).queryParam("offset", all.size()).when().get("/api/exercises")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            all.addAll(page);
        } while (page.size() == ListPaging.MAX);
        return all.stream().filter(e -> ((String) e.get("id")).startsWith(SEEDED))
                .collect(Collectors.toMap(e -> (String) e.get("id"), Function.identity()));
    }

    @Test
    void everySeededExerciseHasTagsStepsCuesAndItsOwnIllustration() {
        Map<String, Map<String, Object>> exercises = seededExercises();
        assertThat(exercises).hasSize(30);
        exercises.values().forEach(e -> {
            String name = (String) e.get("name");
            assertThat((List<?>) e.get("movementTags")).as(name + ": tags").isNotEmpty();
            assertThat((List<?>) e.get("steps")).as(name + ": steps").hasSizeGreaterThanOrEqualTo(3);
            assertThat((List<?>) e.get("cues")).as(name + ": cues").hasSizeGreaterThanOrEqualTo(2);
            String illustration = (String) e.get("illustrationUrl");
            assertThat(illustration).as(name + ": illustration").isNotNull();
            given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).when().get(illustration).then()
                    .statusCode(200).contentType("image/svg+xml").header("Content-Security-Policy",
                            containsString("sandbox"))
                    .body(containsString("<title id=\"t\">" + name));
        });
    }

    /** "(S11)", "S9 warns", "rule 4": the patient's plan page shows summaries, steps and cues as they are. */
    private static final Pattern SOURCE_OR_RULE = Pattern.compile("\\bS\\d{1,2}\\b|\\brule \\d",
            Pattern.CASE_INSENSITIVE);

    @Test
    void whatAPatientReadsOfAnyVersionNamesNoSourceOrRule() {
        seededExercises().values().forEach(current -> {
            for (int version = 1; version <= (Integer) current.get("version"); version++) {
                Map<String, Object> e = given().auth().oauth2(therapist).queryParam("version", version)
                        .when().get("/api/exercises/{id}", current.get("id")).then().statusCode(200).extract()
                        .jsonPath().getMap("$");
                String words = e.get("summary") + " " + e.get("steps") + " " + e.get("cues");
                assertThat(words).as(e.get("name") + " v" + version).doesNotContainPattern(SOURCE_OR_RULE);
            }
        });
    }

    @Test
    void progressionChainsLinkBothWays() {
        Map<String, Map<String, Object>> exercises = seededExercises();
        long chained = exercises.values().stream()
                .filter(e -> e.get("progressionId") != null || e.get("regressionId") != null).count();
        assertThat(chained).as("exercises in a progression chain").isGreaterThanOrEqualTo(15);
        exercises.values().forEach(e -> {
            if (e.get("progressionId") != null) {
                assertThat(exercises.get((String) e.get("progressionId")).get("regressionId"))
                        .as(e.get("name") + "'s progression points back").isEqualTo(e.get("id"));
            }
            if (e.get("regressionId") != null) {
                assertThat(exercises.get((String) e.get("regressionId")).get("progressionId"))
                        .as(e.get("name") + "'s regression points on").isEqualTo(e.get("id"));
            }
        });
    }

    @Test
    void starterTemplatesAreDailyAboutFifteenMinutesAndHoldNoLaterProgression() {
        Map<String, Map<String, Object>> exercises = seededExercises();
        List<Map<String, Object>> templates = given().auth().oauth2(therapist).when().get("/api/templates").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(templates).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> template : templates) {
            String name = (String) template.get("name");
            assertThat(template.get("sessionsPerWeek")).as(name).isEqualTo(StarterDose.SESSIONS_PER_WEEK);
            assertThat((Integer) template.get("estimatedMinutes")).as(name + ": minutes a session")
                    .isBetween(StarterDose.MIN_MINUTES, StarterDose.MAX_MINUTES);
            assertThat(template.get("microBreakEveryMinutes")).as(name + ": micro-breaks every 2 hours").isEqualTo(120);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) template.get("items");
            for (Map<String, Object> item : items) {
                Map<String, Object> exercise = exercises.get((String) item.get("exerciseId"));
                assertThat(exercise).as(name + ": " + item.get("exerciseId") + " is in the library").isNotNull();
                assertThat(exercise.get("laterProgression")).as(name + ": " + exercise.get("name")).isEqualTo(false);
                assertThat((Integer) item.get("intensityCap")).as(name + ": " + exercise.get("name"))
                        .isLessThanOrEqualTo(StarterDose.MAX_INTENSITY_CAP);
            }
        }
        assertThat(exercises.values().stream().filter(e -> Boolean.TRUE.equals(e.get("laterProgression")))
                .map(e -> e.get("name"))).contains("Pigeon pose", "Lizard pose", "Side plank (from the feet)");
    }

    @Test
    void searchFindsWordsInNamesSummariesAndCues() {
        given().auth().oauth2(therapist).queryParam("q", "pigeon").when().get("/api/exercises").then()
                .statusCode(200).body("name", org.hamcrest.Matchers.contains("Pigeon pose"));
        List<String> dowel = given().auth().oauth2(therapist).queryParam("q", "contact POINTS").when()
                .get("/api/exercises").then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(dowel).as("a cue of the hip hinge drill, any case, every word").contains("Hip hinge drill (dowel)");
        given().auth().oauth2(therapist).queryParam("q", "100%_").when().get("/api/exercises").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(therapist).queryParam("q", "x".repeat(101)).when().get("/api/exercises").then()
                .statusCode(422);
    }

    @Test
    void theLibraryFiltersByEquipment() {
        List<Map<String, Object>> none = given().auth().oauth2(therapist).queryParam("equipment", "None")
                .when().get("/api/exercises").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(none).extracting(e -> e.get("name")).contains("Chin tucks").doesNotContain("Dead bug");
        assertThat(none).allSatisfy(e -> assertThat((List<?>) e.get("equipment")).isEmpty());
        List<Map<String, Object>> roller = given().auth().oauth2(therapist).queryParam("equipment", "FOAM roller")
                .queryParam("region", "LUMBAR").when().get("/api/exercises").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(roller).extracting(e -> e.get("name"))
                .containsExactly("Partial rear-foot-elevated split squat with hip rotation");
        given().auth().oauth2(therapist).queryParam("equipment", "100%_").when().get("/api/exercises").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(therapist).queryParam("equipment", "x".repeat(61)).when().get("/api/exercises")
                .then().statusCode(422);
    }
}
