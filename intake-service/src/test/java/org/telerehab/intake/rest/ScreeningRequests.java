package org.telerehab.intake.rest;

import io.restassured.response.ValidatableResponse;
import org.telerehab.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Valid screening and re-assessment bodies that each test bends to its case, and the calls that send them. */
final class ScreeningRequests {

    private ScreeningRequests() {
    }

    /** Lumbar pain, no red flags, STarT Back 2/1 (LOW), ODI 9 answered summing 19 (42%, SEVERE). */
    static Map<String, Object> valid() {
        Map<String, Object> startBack = new HashMap<>();
        startBack.put("items", new ArrayList<>(List.of(true, true, false, false, false, false, false, false)));
        startBack.put("bothersomeness", "MODERATELY");
        Map<String, Object> body = new HashMap<>();
        body.put("painRegions", new ArrayList<>(List.of("LUMBAR")));
        body.put("radiatesBelowKnee", false);
        body.put("painNow", 6);
        body.put("painAverageWeek", 5);
        body.put("symptomWeeks", 14);
        body.put("redFlags", new ArrayList<>());
        body.put("startBack", startBack);
        body.put("odi", new ArrayList<>(Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 3, null)));
        body.put("wakeTime", "06:30");
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> startBack(Map<String, Object> body) {
        return (Map<String, Object>) body.get("startBack");
    }

    static ValidatableResponse submit(UUID patient, Object body) {
        return given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json").body(body)
                .when().post("/api/screenings").then();
    }

    static String submitValid(UUID patient, Map<String, Object> body) {
        return submit(patient, body).statusCode(201).extract().path("id");
    }

    /** A screening with this week's average pain (the baseline) and no ODI. */
    static String screenWithPain(UUID patient, int painAverageWeek) {
        Map<String, Object> body = valid();
        body.put("painAverageWeek", painAverageWeek);
        return submitValid(patient, body);
    }

    /** A re-assessment: STarT Back 2/1 (LOW), this week's average pain, these ODI sections (null: not answered). */
    static Map<String, Object> reassessment(int painAverageWeek, List<Integer> odi) {
        Map<String, Object> body = new HashMap<>();
        body.put("painNow", painAverageWeek);
        body.put("painAverageWeek", painAverageWeek);
        body.put("startBack", startBack(valid()));
        body.put("odi", odi == null ? null : new ArrayList<>(odi));
        return body;
    }

    static ValidatableResponse reassess(UUID patient, Object body) {
        return given().auth().oauth2(TestTokens.patient(patient)).contentType("application/json").body(body)
                .when().post("/api/reassessments").then();
    }
}
