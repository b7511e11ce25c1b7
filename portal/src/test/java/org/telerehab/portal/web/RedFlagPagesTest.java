package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.EmergencySigns;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The red-flag pages against stand-in services: what each role reads, and what the portal sends the services. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class RedFlagPagesTest {

    static final String PATIENT = "11111111-1111-4111-8111-111111111111";
    static final String OTHER_PATIENT = "66666666-6666-4666-8666-666666666666";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String REPORT = "7e0e0000-0000-4000-8000-000000000001";
    static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    static final String DEAD_BUG = "5eed0e00-0000-4000-8000-000000000003";

    static final String OPEN_EMERGENCY = """
            {"id":"%s","flags":["BLADDER_BOWEL_CHANGE"],"severity":"EMERGENCY","source":"CHECK_IN",
             "reportedAt":"2026-12-04T10:15:00Z","state":"OPEN","clearedBy":null,"clearedAt":null,
             "acknowledgedBy":null,"acknowledgedAt":null,"escalatedAt":"2026-12-04T11:15:00Z"}""".formatted(REPORT);
    static final String CLEARED_REVIEW = """
            {"id":"7e0e0000-0000-4000-8000-000000000002","flags":["NIGHT_PAIN"],"severity":"REVIEW",
             "source":"SCREENING","reportedAt":"2026-11-01T09:00:00Z","state":"CLEARED","clearedBy":"%s",
             "clearedAt":"2026-11-02T09:00:00Z","acknowledgedBy":null,"acknowledgedAt":null,"escalatedAt":null}"""
            .formatted(THERAPIST);

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aPatientWhosePlanIsPausedReadsWhyAndWhatToDoOnTheHomeAndPlanPages() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[" + OPEN_EMERGENCY + "," + CLEARED_REVIEW + "]");
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 200, """
                {"id":"9a000000-0000-4000-8000-000000000001","status":"PAUSED","version":1,"sessionsPerWeek":3,
                 "startDate":"2026-12-01","items":[],"habitCues":[]}""");

        for (String page : List.of("/patient", "/patient/plan")) {
            String html = given().when().get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).contains("id=\"programme-hold\"", "Your programme is on hold",
                    "On December 4, 2026 you told us", Clinical.EMERGENCY_FLAGS.get("BLADDER_BOWEL_CHANGE"));
            assertListsEveryEmergencySign(html);
            assertThat(html).as(page + ": a cleared report is not a reason").doesNotContain("worse at night");
        }
        assertThat(given().when().get("/patient/session").then().statusCode(200).extract().asString())
                .contains("Your programme is on hold").doesNotContain("id=\"session-form\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void whenTheStatusCannotBeReadThePatientStillReadsEveryEmergencySign() {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + PATIENT + "/plans/active")), 404,
                "{\"title\":\"Not found\",\"status\":404}");
        services.stubFor(get("/api/patients/" + PATIENT + "/red-flags").willReturn(aResponse().withStatus(503)));

        String html = given().when().get("/patient").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"programme-hold-unknown\"", "We could not check your programme&#39;s status");
        assertListsEveryEmergencySign(html);
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aSecondEmergencyAtCheckInIsAnEmergencyEvenThoughNoNewAlertIsRaised() {
        // the earlier RED_FLAG_SYMPTOM alert is still open: progress-service raises nothing new but answers the advice
        ServiceStubs.json(services, post("/api/checkins"), 201, """
                {"id":"c0000000-0000-4000-8000-000000000001","alertsRaised":[],
                 "advice":["Please stop exercising now.","%s"]}""".formatted(EmergencySigns.ALL));

        String html = given().contentType("application/x-www-form-urlencoded")
                .formParam("date", "2026-12-04").formParam("pain", "6")
                .formParam("redFlags", "SADDLE_NUMBNESS").formParam("redFlags", "FEVER")
                .when().post("/patient/checkin").then().statusCode(200).extract().asString();

        // the advice is the portal's words for an emergency (progress-service's, in the patient's language)
        assertThat(html).contains("id=\"emergency-result\"", "Stop exercising and seek medical care now",
                "Please stop exercising now,");
        assertListsEveryEmergencySign(html);
        services.verify(postRequestedFor(urlEqualTo("/api/checkins"))
                .withRequestBody(equalToJson("{\"redFlags\":[\"SADDLE_NUMBNESS\",\"FEVER\"]}", true, true)));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theScreeningAsksEveryRedFlagWithEveryInputLabelled() {
        String html = given().when().get("/patient/screening").then().statusCode(200).extract().asString();

        for (String code : Clinical.CLINICAL_FLAGS.keySet()) {
            assertThat(html).contains("id=\"flag-" + code + "\"");
        }
        assertThat(html).contains(Clinical.EMERGENCY_FLAGS.get("BLADDER_BOWEL_CHANGE"),
                Clinical.REVIEW_FLAGS.get("OSTEOPOROSIS"));
        assertThat(ServiceStubs.ids(html, "<label[^>]*\\sfor=\"([^\"]+)\"")).containsAll(
                ServiceStubs.ids(html, "<(?:input(?![^>]*type=\"hidden\")|select|textarea)[^>]*\\sid=\"([^\"]+)\""));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistReadsTheHistoryAcknowledgesAndRecordsAClearance() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[" + OPEN_EMERGENCY + "," + CLEARED_REVIEW + "]");
        String html = given().when().get("/therapist/patients/" + PATIENT).then().statusCode(200).extract().asString();

        assertThat(html).contains("id=\"red-flag-history\"", "Emergency red flag", "reported at a daily check-in",
                "Dec 4, 2026, 10:15 AM UTC", Clinical.CLINICAL_FLAGS.get("BLADDER_BOWEL_CHANGE"),
                "Escalated to the clinic&#39;s admins", "Cleared by you on Nov 2, 2026, 9:00 AM UTC",
                "/red-flags/" + REPORT + "/acknowledge", "I have seen this and acted", "id=\"clearance-form\"");
        assertThat(ServiceStubs.ids(html, "<label[^>]*\\sfor=\"([^\"]+)\"")).contains("note");

        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/red-flags/" + REPORT + "/acknowledge"), 200, OPEN_EMERGENCY);
        given().redirects().follow(false).when().post("/therapist/patients/" + PATIENT + "/red-flags/" + REPORT
                + "/acknowledge").then().statusCode(303);

        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/clearance"), 200, """
                {"patientId":"%s","clearedBy":"%s","clearedAt":"2026-12-05T09:00:00Z","note":"GP saw her",
                 "reportIds":["%s"]}""".formatted(PATIENT, THERAPIST, REPORT));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("note", "  Dr Okafor saw her on 5 Dec: no cauda equina  ")
                .when().post("/therapist/patients/" + PATIENT + "/clearance")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?cleared=1"));
        services.verify(postRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/clearance"))
                .withRequestBody(equalToJson("{\"note\":\"Dr Okafor saw her on 5 Dec: no cauda equina\"}")));
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aRefusedClearanceIsToldInWords() {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[]");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/clearance"), 409, """
                {"type":"https://telerehab.org/problems/nothing-to-clear","title":"Conflict","status":409,
                 "detail":"This patient has no red flag awaiting clearance"}""");

        String html = given().contentType("application/x-www-form-urlencoded").formParam("note", "cleared")
                .when().post("/therapist/patients/" + PATIENT + "/clearance").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Nothing to clear", "never reported a red flag", "id=\"no-red-flags\"")
                .doesNotContain("\"type\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theWorklistSaysEachOpenRedFlagInWordsAndMarksAnEscalation() {
        ServiceStubs.json(services, get("/api/worklist"), 200, """
                [{"patientId":"%s","screeningId":"5c000000-0000-4000-8000-000000000001",
                  "disposition":"READY_FOR_PROGRAM","painTypes":["LUMBAR"],"risk":"LOW","baselinePain":4,
                  "submittedAt":"2026-12-01T08:00:00Z","status":"BLOCKED","therapistId":"%s","openAlerts":[],
                  "openRedFlags":[%s]},
                 {"patientId":"%s","screeningId":"5c000000-0000-4000-8000-000000000002",
                  "disposition":"PHYSICIAN_REVIEW","painTypes":["LUMBAR"],"risk":"LOW","baselinePain":4,
                  "submittedAt":"2026-12-02T08:00:00Z","status":"BLOCKED","therapistId":null,"openAlerts":[],
                  "openRedFlags":[{"id":"7e0e0000-0000-4000-8000-000000000009","flags":["FEVER"],"severity":"REVIEW",
                   "source":"SCREENING","reportedAt":"2026-12-02T08:00:00Z","state":"OPEN"}]}]"""
                .formatted(PATIENT, THERAPIST, OPEN_EMERGENCY, OTHER_PATIENT));

        String html = given().when().get("/therapist").then().statusCode(200).extract().asString();

        assertThat(html).contains("emergency-u", "Emergency red flag, open", "reported at a daily check-in",
                Clinical.CLINICAL_FLAGS.get("BLADDER_BOWEL_CHANGE"), "data-escalated", "Escalated:",
                "Blocked: red flag open", "Review red flag, open", "Fever or systemically unwell");
        assertThat(html).as("a blocked patient in nobody's care can still be taken into care")
                .contains("action=\"/therapist/patients/" + OTHER_PATIENT + "/care\"", "In nobody&#39;s care")
                .doesNotContain("action=\"/therapist/patients/" + PATIENT + "/care\"");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void thePlanBuilderShowsEachWarningAtItsExerciseAndSendsOnlyWhatWasTickedThere() {
        ServiceStubs.json(services, get("/api/exercises"), 200, """
                [{"id":"%s","name":"Knee-to-chest stretch","movementTags":["LUMBAR_FLEXION","STRETCH"]},
                 {"id":"%s","name":"Dead bug","movementTags":["CORE_ENDURANCE"]}]""".formatted(KNEE_TO_CHEST, DEAD_BUG));
        ServiceStubs.json(services, get("/api/templates"), 200, "[]");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[]");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/plans"), 422, """
                {"type":"https://telerehab.org/problems/safety-warnings","title":"Safety warnings need acknowledgement",
                 "status":422,"detail":"1 safety warning(s) must be acknowledged",
                 "warnings":[{"code":"MORNING_FLEXION","exerciseId":"%s","message":"Knee-to-chest stretch has no limit"}]}
                """.formatted(KNEE_TO_CHEST));

        String html = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("action", "assign", "startDate", "2026-12-07", "sessionsPerWeek", "3",
                        "count", "2", "exerciseId0", KNEE_TO_CHEST, "sets0", "2", "reps0", "5", "hold0", "20",
                        "cap0", "6"))
                .formParams(Map.of("exerciseId1", DEAD_BUG, "sets1", "3", "reps1", "10", "hold1", "0", "cap1", "6",
                        "ack_" + KNEE_TO_CHEST, "FLEXION_STRETCH_FOR_BACK_PAIN", "ack", "MORNING_FLEXION"))
                .when().post("/therapist/patients/" + PATIENT + "/plan").then().statusCode(200).extract().asString();

        List<LoggedRequest> sent = services.findAll(postRequestedFor(urlEqualTo("/api/patients/" + PATIENT + "/plans")));
        assertThat(sent).hasSize(1);
        JsonPath body = JsonPath.from(sent.get(0).getBodyAsString());
        assertThat(body.getList("items[0].acknowledgedWarnings")).containsExactly("FLEXION_STRETCH_FOR_BACK_PAIN");
        assertThat(body.getList("items[1].acknowledgedWarnings")).isEmpty();
        assertThat(body.getList("acknowledgedWarnings")).as("the old plan-wide field is not honoured").isEmpty();

        // the page: the open warning and the ticked one, each a labelled box in the knee-to-chest row
        String row = html.substring(html.indexOf("data-exercise-id=\"" + KNEE_TO_CHEST + "\""),
                html.indexOf("data-exercise-id=\"" + DEAD_BUG + "\""));
        assertThat(row).contains("id=\"ack-0-MORNING_FLEXION\"", "name=\"ack_" + KNEE_TO_CHEST + "\"",
                "Knee-to-chest stretch has no limit", "id=\"ack-0-FLEXION_STRETCH_FOR_BACK_PAIN\"",
                "value=\"FLEXION_STRETCH_FOR_BACK_PAIN\" checked", "for=\"ack-0-MORNING_FLEXION\"",
                "Spinal flexion allowed within the first hour after waking", "Discs are most hydrated",
                "I have considered “Flexion stretch for a patient with back pain” for Knee-to-chest stretch");
        assertThat(html).contains("id=\"warning-summary\"", "href=\"#item-0\"").doesNotContain("name=\"ack\"");
    }

    @Test
    @TestSecurity(user = "55555555-5555-4555-8555-555555555555", roles = "admin")
    void anAdminFindsTheEscalatedEmergenciesFromTheirHome() {
        ServiceStubs.json(services, get("/api/red-flags/escalated"), 200, "[{\"patientId\":\"%s\",\"report\":%s}]"
                .formatted(PATIENT, OPEN_EMERGENCY));

        given().redirects().follow(false).when().get("/login").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin"));
        assertThat(given().when().get("/admin").then().statusCode(200).extract().asString())
                .contains("href=\"/admin/red-flags\"", "1 emergency red flag(s)");
        assertThat(given().when().get("/admin/red-flags").then().statusCode(200).extract().asString())
                .contains("Patient 11111111", Clinical.CLINICAL_FLAGS.get("BLADDER_BOWEL_CHANGE"),
                        "Escalated to the clinic&#39;s admins on Dec 4, 2026, 11:15 AM UTC");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aTherapistCannotOpenTheAdminsPage() {
        given().when().get("/admin/red-flags").then().statusCode(403);
    }

    /** The emergency-signs sentence, as its lead-in and a list of every sign in EmergencySigns' words. */
    private static void assertListsEveryEmergencySign(String html) {
        assertThat(html).contains(Clinical.adviceLine(EmergencySigns.ALL).text().replace("'", "&#39;"),
                "<ul class=\"signs\">");
        Clinical.EMERGENCY_FLAGS.values().forEach(sign -> assertThat(html).contains(sign));
    }
}
