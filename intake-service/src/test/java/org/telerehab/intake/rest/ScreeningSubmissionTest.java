package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScreeningSubmissionTest {

    private final UUID patient = UUID.randomUUID();

    @Test
    void submitScoresTriagesStoresAndReadsBack() {
        Map<String, Object> body = ScreeningRequests.valid();
        body.put("radiatesBelowKnee", true);
        ScreeningRequests.startBack(body).put("items", List.of(true, true, true, false, true, true, true, false));
        ScreeningRequests.startBack(body).put("bothersomeness", "EXTREMELY");

        String id = ScreeningRequests.submit(patient, body).statusCode(201)
                .header("Location", containsString("/api/screenings/"))
                .body("patientId", equalTo(patient.toString()))
                .body("disposition", equalTo("READY_FOR_PROGRAM"))
                .body("painTypes", contains("LUMBAR", "SCIATIC"))
                .body("chronicity", equalTo("CHRONIC"))
                .body("baselinePain", equalTo(5))
                .body("startBack.total", equalTo(7))
                .body("startBack.psychosocial", equalTo(4))
                .body("startBack.risk", equalTo("HIGH"))
                .body("odi.percent", equalTo(42))
                .body("odi.band", equalTo("SEVERE"))
                .body("odi.sectionsAnswered", equalTo(9))
                .extract().path("id");

        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/screenings/{id}", id)
                .then().statusCode(200).body("id", equalTo(id)).body("startBack.risk", equalTo("HIGH"));
        assertThat(TestDatabase.auditReadsOf(patient, "Screening")).isEqualTo(1);
    }

    @Test
    void completedScreeningIsAnnouncedOnceWithCodesOnly() {
        Map<String, Object> body = ScreeningRequests.valid();
        body.put("redFlags", List.of("NIGHT_PAIN", "FEVER"));
        body.put("odi", null);
        String id = ScreeningRequests.submitValid(patient, body);

        var events = EventProbe.eventsFor(Topics.INTAKE_SCREENINGS, patient);

        assertThat(events).singleElement().isInstanceOfSatisfying(ScreeningCompleted.class, e -> {
            assertThat(e.screeningId()).hasToString(id);
            assertThat(e.disposition()).isEqualTo(Disposition.PHYSICIAN_REVIEW);
            assertThat(e.painTypes()).containsExactly(Region.LUMBAR);
            assertThat(e.risk()).isEqualTo(RiskLevel.LOW);
            assertThat(e.baselinePain()).isEqualTo(5);
            assertThat(e.chronicity()).isEqualTo(Chronicity.CHRONIC);
            assertThat(e.redFlags()).containsExactly(RedFlag.FEVER, RedFlag.NIGHT_PAIN);
            assertThat(e.odiPercent()).isNull();
        });
    }

    @Test
    void emergencyFlagTellsThePatientToStopAndSeekCareNow() {
        Map<String, Object> body = ScreeningRequests.valid();
        body.put("redFlags", List.of("SADDLE_NUMBNESS"));

        ScreeningRequests.submit(patient, body).statusCode(201)
                .body("disposition", equalTo("EMERGENCY_REFERRAL"))
                .body("advice[0]", containsString("stop exercising now"))
                .body("advice[1]", containsString("Seek medical care now"))
                .body("odi.percent", equalTo(42));
    }

    @Test
    void anOswestryFormWithFewerThanEightAnswersIsKeptButNotScored() {
        Map<String, Object> body = ScreeningRequests.valid();
        body.put("odi", java.util.Arrays.asList(5, 5, 5, 5, 5, 5, 5, null, null, null));

        String id = ScreeningRequests.submit(patient, body).statusCode(201)
                .body("odi.percent", nullValue())
                .body("odi.band", nullValue())
                .body("odi.sectionsAnswered", equalTo(7))
                .extract().path("id");
        assertThat(EventProbe.eventsFor(Topics.INTAKE_SCREENINGS, patient)).singleElement()
                .isInstanceOfSatisfying(ScreeningCompleted.class, e -> assertThat(e.odiPercent()).isNull());

        body.put("odi", java.util.Arrays.asList(5, 5, 5, 5, 5, 5, 5, 5, null, null));
        ScreeningRequests.submit(patient, body).statusCode(201)
                .body("odi.percent", equalTo(100)).body("odi.sectionsAnswered", equalTo(8));
        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/screenings/{id}", id)
                .then().statusCode(200).body("odi.sectionsAnswered", equalTo(7)).body("odi.percent", nullValue());
    }

    @Test
    void everyDispositionsAdviceListsEveryEmergencySign() {
        for (List<String> flags : List.of(List.<String>of(), List.of("FEVER"), List.of("CERVICAL_ARTERY_SIGNS"))) {
            Map<String, Object> body = ScreeningRequests.valid();
            body.put("redFlags", flags);
            ScreeningRequests.submit(patient, body).statusCode(201)
                    .body("advice", org.hamcrest.Matchers.hasItem(org.telerehab.events.codes.EmergencySigns.ALL));
        }
    }

    @Test
    void listIsNewestFirstAndAudited() {
        String first = ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        Map<String, Object> second = ScreeningRequests.valid();
        second.put("odi", null);
        String latest = ScreeningRequests.submitValid(patient, second);

        given().auth().oauth2(TestTokens.patient(patient)).when().get("/api/patients/{id}/screenings", patient)
                .then().statusCode(200)
                .body("id", contains(latest, first))
                .body("[0].odi", nullValue())
                .body("disposition", hasItem("READY_FOR_PROGRAM"));
        assertThat(TestDatabase.auditReadsOf(patient, "ScreeningList")).isEqualTo(1);
    }
}
