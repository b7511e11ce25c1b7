package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * Notifications, their preferences and the messages between a patient and their therapist, against a stand-in
 * engagement-service: in the reader's language (Arabic right to left), the unread count in the navigation, marking
 * read, a refusal at its field, message text never read as HTML, a therapist not caring for the patient told so.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class EngagementPagesTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final String THERAPIST = "33333333-3333-4333-8333-333333333333";
    static final String OTHER = "55555555-5555-4555-8555-555555555555";
    static final String N1 = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String N2 = "aaaaaaaa-0000-4000-8000-000000000002";
    static final String N3 = "aaaaaaaa-0000-4000-8000-000000000003";
    static final String PREFS = """
            {"email":true,"reminderTime":"18:30","workHours":{"from":"09:00","to":"17:00"}}""";

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"givenName\":\"Pia\",\"familyName\":\"Two\","
                        + "\"timeZone\":\"Europe/Madrid\"}");
        ServiceStubs.json(services, get("/api/notification-preferences"), 200, PREFS);
    }

    private void patientNotifications() {
        ServiceStubs.json(services, get("/api/notifications"), 200, """
                {"items":[
                 {"id":"%s","kind":"SESSION_DUE","patientId":"%s","createdAt":"2026-12-05T08:00:00Z","readAt":null},
                 {"id":"%s","kind":"NEW_MESSAGE","patientId":"%s","createdAt":"2026-12-06T09:15:00Z","readAt":null},
                 {"id":"%s","kind":"REASSESSMENT_DUE","patientId":"%s","createdAt":"2026-12-04T08:00:00Z",
                  "readAt":"2026-12-04T10:00:00Z"}],
                 "unread":2}""".formatted(N1, PATIENT, N2, PATIENT, N3, PATIENT));
    }

    private void therapistNotifications() {
        ServiceStubs.json(services, get("/api/notifications"), 200, """
                {"items":[
                 {"id":"%s","kind":"RED_FLAG_ALERT","patientId":"%s","createdAt":"2026-12-06T09:00:00Z","readAt":null},
                 {"id":"%s","kind":"NEW_MESSAGE","patientId":"%s","createdAt":"2026-12-06T10:00:00Z","readAt":null},
                 {"id":"%s","kind":"ALERT_DIGEST","patientId":null,"createdAt":"2026-12-06T07:00:00Z","readAt":null}],
                 "unread":3}""".formatted(N1, PATIENT, N2, PATIENT, N3));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aPatientReadsTheirNotificationsNewestFirstWithTheUnreadMarkedInWordsAndCounted() {
        patientNotifications();

        String page = given().when().get("/notifications").then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Notifications</h1>", "id=\"unread-count\">Unread: 2",
                "href=\"/patient/messages\">New message from your therapist</a>",
                "href=\"/patient\">Time for today&#39;s exercises</a>",
                "href=\"/patient/reassessment\">Your check-up questionnaire is due</a>",
                "<strong class=\"badge alert\">Unread</strong>", "<span class=\"badge\">Read</span>",
                "action=\"/notifications/" + N1 + "/read\"", "Mark as read",
                // the badge in the navigation, said in words
                "<span class=\"badge count\" aria-hidden=\"true\">2</span><span class=\"sr-only\">, 2 unread</span>",
                // in the patient's zone (Madrid, UTC+1 in December)
                "Dec 6, 2026, 10:15 AM CET");
        assertThat(page.indexOf("New message from your therapist")).as("newest first")
                .isLessThan(page.indexOf("Time for today")).isLessThan(page.indexOf("Your check-up"));
        assertThat(page).as("a read one has no button").doesNotContain("action=\"/notifications/" + N3 + "/read\"");

        ServiceStubs.json(services, post("/api/notifications/" + N1 + "/read"), 204, "");
        given().redirects().follow(false).when().post("/notifications/" + N1 + "/read")
                .then().statusCode(303).header("Location", endsWith("/notifications?marked=true"));
        services.verify(postRequestedFor(urlPathEqualTo("/api/notifications/" + N1 + "/read")));
        assertThat(given().when().get("/notifications?marked=true").then().statusCode(200).extract().asString())
                .contains("id=\"marked-read\"", "Marked as read.");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void aTherapistReadsThemInArabicRightToLeftEachLeadingToThePatient() {
        therapistNotifications();

        String page = given().header("Accept-Language", "ar").when().get("/notifications").then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "<h1>الإشعارات</h1>",
                "href=\"/therapist/patients/" + PATIENT + "\">أبلغ مريض عن علامة تحذيرية طارئة</a>",
                "href=\"/therapist/patients/" + PATIENT + "/messages\">رسالة جديدة من مريض</a>",
                "href=\"/therapist\">ملخص يومي للتنبيهات المفتوحة</a>", "تعليم كمقروء",
                "<span class=\"sr-only\">, 3 غير مقروءة</span>")
                .doesNotContain("Mark as read", "not translated");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void whenTheServiceIsDownTheNotificationsPageSaysSoAndOtherPagesRenderWithoutTheCount() {
        ServiceStubs.json(services, get("/api/notifications"), 503, "{\"title\":\"down\",\"status\":503}");

        assertThat(given().when().get("/notifications").then().statusCode(200).extract().asString())
                .contains("id=\"notifications-unavailable\"", "cannot be read just now");
        assertThat(given().when().get("/patient/profile").then().statusCode(200).extract().asString())
                .contains("href=\"/notifications\">Notifications</a>").doesNotContain("badge count");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void preferencesAreSavedAndARefusalIsShownAtItsFieldWithWhatWasTypedKept() {
        therapistNotifications();
        String page = given().when().get("/notifications").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"preferences-form\"", "type=\"time\" id=\"reminderTime\" name=\"reminderTime\""
                + " value=\"18:30\"", "value=\"09:00\"", "value=\"17:00\"", "name=\"email\" value=\"on\" checked");

        ServiceStubs.json(services, put("/api/notification-preferences"), 200, PREFS);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reminderTime", "19:00").formParam("workFrom", "").formParam("workTo", "")
                .when().post("/notifications/preferences")
                .then().statusCode(303).header("Location", endsWith("/notifications?saved=true#preferences"));
        services.verify(putRequestedFor(urlPathEqualTo("/api/notification-preferences")).withRequestBody(
                equalToJson("{\"email\":false,\"reminderTime\":\"19:00\",\"workHours\":null}")));

        ServiceStubs.json(services, put("/api/notification-preferences"), 422, """
                {"title":"Unprocessable Content","status":422,"detail":"invalid",
                 "errors":[{"field":"workHours.to","message":"must be after workHours.from"}]}""");
        String refused = given().contentType("application/x-www-form-urlencoded").formParam("email", "on")
                .formParam("reminderTime", "19:00").formParam("workFrom", "17:00").formParam("workTo", "09:00")
                .when().post("/notifications/preferences").then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"prefs-problem\"", "id=\"workTo-error\"", "must be after workHours.from",
                "name=\"workTo\" value=\"09:00\" aria-invalid=\"true\" aria-describedby=\"workTo-error\"",
                "value=\"17:00\"").doesNotContain("id=\"prefs-saved\"");
    }

    private void thread(String patient, String json) {
        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + patient + "/messages")), 200, json);
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void thePatientsThreadReadsLikeAChatAndAMessageIsTextNeverHtml() {
        thread(PATIENT, """
                {"items":[
                 {"id":"m2","authorId":"%s","authorRole":"PATIENT","text":"<script>alert(1)</script> thanks",
                  "createdAt":"2026-12-06T10:00:00Z"},
                 {"id":"m1","authorId":"%s","authorRole":"THERAPIST","text":"How did the dead bug go?",
                  "createdAt":"2026-12-06T09:00:00Z"}],
                 "unread":0,"next":null}""".formatted(PATIENT, THERAPIST));

        String page = given().when().get("/patient/messages").then().statusCode(200).extract().asString();

        assertThat(page).contains("Messages with your therapist", "<strong>Your therapist</strong>",
                "<strong>You</strong>", "&lt;script&gt;alert(1)&lt;/script&gt; thanks",
                "class=\"message-text\" dir=\"auto\"", "maxlength=\"4000\"", "<label for=\"message\">Your message",
                "aria-live=\"polite\"", "data-stream=\"/patient/messages/stream\"", "src=\"/static/messages.js\"")
                .doesNotContain("<script>alert(1)");
        assertThat(page.indexOf("How did the dead bug go?")).as("oldest first, the newest at the bottom")
                .isLessThan(page.indexOf("thanks"));

        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/messages"), 201, """
                {"id":"m3","authorId":"%s","authorRole":"PATIENT","text":"Fine","createdAt":"2026-12-06T11:00:00Z"}
                """.formatted(PATIENT));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("text", "Fine")
                .when().post("/patient/messages")
                .then().statusCode(303).header("Location", endsWith("/patient/messages?sent=true#message"));
        services.verify(postRequestedFor(urlPathEqualTo("/api/patients/" + PATIENT + "/messages"))
                .withRequestBody(equalToJson("{\"text\":\"Fine\"}")));
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void aRefusedMessageIsNamedAtTheFieldAndWhatWasTypedIsKept() {
        thread(PATIENT, "{\"items\":[],\"unread\":0,\"next\":null}");
        ServiceStubs.json(services, post("/api/patients/" + PATIENT + "/messages"), 422, """
                {"title":"Unprocessable Content","status":422,"detail":"invalid",
                 "errors":[{"field":"text","message":"size must be between 1 and 4000"}]}""");

        String page = given().contentType("application/x-www-form-urlencoded").formParam("text", "<b>x</b>")
                .when().post("/patient/messages").then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"message-not-sent\"", "id=\"message-error\"", "size must be between 1 and 4000",
                "aria-invalid=\"true\"", "&lt;b&gt;x&lt;/b&gt;</textarea>", "No messages yet.");
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theTherapistWritesToTheirPatientAndIsToldInWordsWhenThePatientIsNotInTheirCare() {
        thread(PATIENT, """
                {"items":[{"id":"m1","authorId":"%s","authorRole":"PATIENT","text":"Hello","createdAt":
                 "2026-12-06T09:00:00Z"}],"unread":1,"next":"c1"}""".formatted(PATIENT));
        String page = given().when().get("/therapist/patients/" + PATIENT + "/messages").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<h1>Messages: Pia Two</h1>", "<strong>The patient</strong>",
                "href=\"/therapist/patients/" + PATIENT + "\" id=\"back-to-patient\"",
                "action=\"/therapist/patients/" + PATIENT + "/messages\"",
                "href=\"/therapist/patients/" + PATIENT + "/messages?before=c1\"");

        ServiceStubs.json(services, get(urlPathEqualTo("/api/patients/" + OTHER + "/messages")), 403,
                "{\"title\":\"Forbidden\",\"status\":403}");
        String refused = given().when().get("/therapist/patients/" + OTHER + "/messages").then().statusCode(200)
                .extract().asString();
        assertThat(refused).contains("id=\"messages-forbidden\"", "this patient is not in your care")
                .doesNotContain("id=\"message-form\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void todaySaysHowManyMessagesAreUnread() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 7);
        ServiceStubs.json(services, get("/api/patients/" + PATIENT), 200,
                "{\"id\":\"" + PATIENT + "\",\"timeZone\":\"Europe/Madrid\"}");
        patientNotifications();

        assertThat(given().when().get("/patient").then().statusCode(200).extract().asString())
                .contains("id=\"unread-messages\"", "href=\"/patient/messages\">Unread messages: 1</a>",
                        "id=\"messages-link\"");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theThreadsStreamIsRelayedWithTheUsersToken() {
        services.stubFor(get(urlPathEqualTo("/api/patients/" + PATIENT + "/messages/stream")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody("event: message\ndata: {\"id\":\"m9\",\"authorRole\":\"THERAPIST\","
                                + "\"text\":\"Live\"}\n\n")));

        String stream = given().when().get("/patient/messages/stream").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/event-stream")).extract().asString();

        assertThat(stream).contains("data:{\"id\":\"m9\",\"authorRole\":\"THERAPIST\",\"text\":\"Live\"}");
        services.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/patients/" + PATIENT + "/messages/stream")).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer page-test-token")));
    }

    @Test
    void theWordsAreTranslatedIntoEveryLanguage() {
        for (String tag : List.of("es", "fr", "ar")) {
            assertThat(BundleCoverage.missingKeys(EngagementMessages.class, "engage", tag)).as(tag).isEmpty();
        }
    }
}
