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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pain and effort are tapped on 0-10 scales: each a group of eleven labelled choices with the words for 0, 5 and 10,
 * on every form that asks for them (a number box on a phone is a keyboard and a guess).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class TapScalesPageTest {

    static final String PATIENT = "22222222-2222-4222-8222-222222222222";
    static final Pattern RADIO = Pattern.compile("<label class=\"scale-point[a-z -]*\" for=\"([A-Za-z]+)-(\\d+)\"><input "
            + "type=\"radio\" id=\"\\1-\\2\" name=\"\\1\" value=\"\\2\" required>");

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void aPlanToLogAndAReassessmentDue() {
        ServiceStubs.patientWithPlan(services, PATIENT, "ACTIVE", 3);
        ServiceStubs.json(services, get("/api/patients/" + PATIENT + "/reassessments/due"), 200,
                "{\"week\":6,\"dueFrom\":\"2026-12-01\"}");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void everyPainAndEffortQuestionIsAScaleOfElevenLabelledChoices() {
        Map<String, List<String>> forms = Map.of(
                "/patient/session", List.of("painBefore", "painAfter", "perceivedIntensity"),
                "/patient/checkin", List.of("pain"),
                "/patient/screening", List.of("painNow", "painAverageWeek"),
                "/patient/reassessment", List.of("painNow", "painAverageWeek"));
        forms.forEach((path, fields) -> {
            String html = given().when().get(path).then().statusCode(200).extract().asString();
            for (String field : fields) {
                assertThat(pointsOf(html, field)).as(path + " " + field).isEqualTo("0,1,2,3,4,5,6,7,8,9,10");
                assertThat(html).as(path).contains("<fieldset class=\"scale\" id=\"" + field + "-scale\"");
            }
            assertThat(html).as(path).doesNotContain("type=\"number\" id=\"pain");
        });
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theWordsAtTheEndsAndTheMiddleAreReadAndShown() {
        String session = given().when().get("/patient/session").then().statusCode(200).extract().asString();
        assertThat(session).contains("<span>0 no pain</span><span>5 moderate</span><span>10 worst imaginable</span>",
                "<span>0 resting</span><span>5 moderate</span><span>10 as hard as you can</span>",
                "for=\"painAfter-10\"", "<span class=\"sr-only\"> (worst imaginable)</span>",
                "<span class=\"sr-only\"> (as hard as you can)</span>");
        // the effort scale carries the limit, read with the group
        assertThat(session).contains("<label class=\"scale-point too-hard\" for=\"perceivedIntensity-8\">");
        assertThat(session).doesNotContain("too-hard\" for=\"perceivedIntensity-7\"", "too-hard\" for=\"painAfter-8\"");
        assertThat(session).contains("<fieldset class=\"scale\" id=\"perceivedIntensity-scale\" "
                + "aria-describedby=\"perceivedIntensity-hint\">", "Aim for 6-7 out of 10, never 8+.");
    }

    private static String pointsOf(String html, String field) {
        Matcher m = RADIO.matcher(html);
        StringBuilder points = new StringBuilder();
        while (m.find()) {
            if (m.group(1).equals(field)) {
                points.append(points.isEmpty() ? "" : ",").append(m.group(2));
            }
        }
        return points.toString();
    }
}
