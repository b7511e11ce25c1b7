package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

/** What the services answer for the staff pages' tests: a worklist, a patient's red-flag reports. */
final class StaffFixtures {

    static final String PATIENT = "11111111-1111-4111-8111-111111111111";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String REPORT = "7e0e0000-0000-4000-8000-000000000001";

    private StaffFixtures() {
    }

    /** An open emergency report of {@link #PATIENT}, reported at {@code reportedAt} and escalated an hour later. */
    static String openEmergency(String reportedAt, String escalatedAt) {
        return """
                {"id":"%s","flags":["BLADDER_BOWEL_CHANGE"],"severity":"EMERGENCY","source":"CHECK_IN",
                 "reportedAt":"%s","state":"OPEN","clearedBy":null,"clearedAt":null,
                 "acknowledgedBy":null,"acknowledgedAt":null,"escalatedAt":"%s"}""".formatted(REPORT, reportedAt,
                escalatedAt);
    }

    /** The worklist: {@link #PATIENT} in {@link #THERAPIST}'s care, blocked by {@code report}, screened then. */
    static void worklist(WireMockServer services, String report, String submittedAt) {
        ServiceStubs.json(services, get("/api/worklist"), 200, """
                [{"patientId":"%s","screeningId":"5c000000-0000-4000-8000-000000000001",
                  "disposition":"READY_FOR_PROGRAM","painTypes":["LUMBAR","SCIATIC"],"risk":"LOW","baselinePain":4,
                  "submittedAt":"%s","status":"BLOCKED","therapistId":"%s",
                  "openAlerts":[{"type":"FLARE"}],"openRedFlags":[%s]}]"""
                .formatted(PATIENT, submittedAt, THERAPIST, report));
    }

    /** {@link #PATIENT}'s red-flag reports, for the therapist's page of them. */
    static void redFlags(WireMockServer services, String... reports) {
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200,
                "[" + String.join(",", reports) + "]");
    }

    /** An empty library of exercises and templates, for the plan builder. */
    static void planBuilderLibrary(WireMockServer services) {
        ServiceStubs.json(services, get("/api/exercises"), 200, "[]");
        ServiceStubs.json(services, get("/api/templates"), 200, "[]");
    }

    static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";

    /**
     * A library of one exercise and one template, no open red flag, and a plan refused for a morning-flexion
     * warning at that exercise.
     */
    static void planBuilderWithWarning(WireMockServer services) {
        ServiceStubs.json(services, get("/api/exercises"), 200, """
                [{"id":"%s","name":"Knee-to-chest stretch","movementTags":["LUMBAR_FLEXION","STRETCH"]}]"""
                .formatted(KNEE_TO_CHEST));
        ServiceStubs.json(services, get("/api/templates"), 200, """
                [{"id":"t1","name":"Gentle start","region":"LUMBAR","sessionsPerWeek":3,"habitCues":[],"items":[]}]""");
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/red-flags"), 200, "[]");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/plans"), 422, """
                {"type":"https://telerehab.org/problems/safety-warnings","title":"Safety warnings need acknowledgement",
                 "status":422,"detail":"1 safety warning(s) must be acknowledged",
                 "warnings":[{"code":"MORNING_FLEXION","exerciseId":"%s",
                              "message":"Knee-to-chest stretch has no limit"}]}
                """.formatted(KNEE_TO_CHEST));
    }

    /** progress-service's outcomes summary: five episodes, none re-assessed at week 12, lumbar and high-risk groups. */
    static void outcomesSummary(WireMockServer services) {
        ServiceStubs.json(services, get("/api/outcomes/summary"), 200, """
                {"episodes":5,"discharged":2,"assessed":4,"painMcidShare":0.75,"odiMcidShare":0.5,
                 "medianPainChange":2.5,
                 "atWeek6":{"episodes":5,"assessed":3,"painMcidShare":0.6667,"odiMcidShare":0.3333,
                            "medianPainChange":2},
                 "atWeek12":{"episodes":5,"assessed":0,"painMcidShare":null,"odiMcidShare":null,
                             "medianPainChange":null},
                 "byPainType":{"LUMBAR":{"episodes":4,"assessed":3,"painMcidShare":1.0,"odiMcidShare":0.5,
                                          "medianPainChange":3}},
                 "byRisk":{"HIGH":{"episodes":1,"assessed":1,"painMcidShare":0.0,"odiMcidShare":0.0,
                                   "medianPainChange":-1}}}""");
    }
}
