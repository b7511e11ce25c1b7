package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.Topics;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.intake.rest.ScreeningRequests.reassess;
import static org.telerehab.intake.rest.ScreeningRequests.reassessment;

/** Re-assessments over an episode (API.md 1.1): change and MCID against the episode's first screening. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReassessmentTest {

    /** 9 sections summing 12: 27 % (the screening's are 19: 42 %). */
    static final List<Integer> ODI_27 = Arrays.asList(1, 2, 1, null, 1, 1, 2, 1, 1, 2);

    private final UUID patient = UUID.randomUUID();

    @Test
    void aReassessmentIsMeasuredAgainstTheFirstScreeningOfTheEpisodeAndAnnounced() {
        String first = ScreeningRequests.submitValid(patient, ScreeningRequests.valid()); // pain 5, ODI 42 %

        String id = reassess(patient, reassessment(3, ODI_27)).statusCode(201)
                .body("patientId", equalTo(patient.toString()))
                .body("baselineScreeningId", equalTo(first))
                .body("painAverageWeek", equalTo(3))
                .body("startBack.risk", equalTo("LOW"))
                .body("odi.percent", equalTo(27))
                .body("change.painPoints", equalTo(2)).body("change.painMcid", equalTo(true))
                .body("change.odiPoints", equalTo(15)).body("change.odiMcid", equalTo(true))
                .extract().path("id");

        List<ReassessmentCompleted> events = EventProbe.events(Topics.INTAKE_SCREENINGS,
                e -> e.key().equals(patient) && e instanceof ReassessmentCompleted, 1, Duration.ofSeconds(20),
                Duration.ofSeconds(1)).stream().map(ReassessmentCompleted.class::cast).toList();
        assertThat(events).singleElement().isEqualTo(new ReassessmentCompleted(events.get(0).eventId(),
                events.get(0).occurredAt(), patient, UUID.fromString(id), UUID.fromString(first), 3, 27, 2,
                RiskLevel.LOW, 2, 15, true, true, 0));
        given().auth().oauth2(TestTokens.patient(patient))
                .when().get("/api/patients/{id}/reassessments", patient).then().statusCode(200)
                .body("id", contains(id));
        assertThat(TestDatabase.strings("SELECT action FROM audit_log WHERE patient_id = ? ORDER BY id", patient))
                .contains("CREATE");
    }

    @Test
    void aReScreenKeepsTheBaselineAndSmallChangesAreNoMcid() {
        String first = ScreeningRequests.screenWithPain(patient, 5);
        ScreeningRequests.screenWithPain(patient, 2);

        // against the first screening (5), not the re-screen (2): 1 point, 20 %; ODI 42 -> 33 %: 9 points, 21 %
        reassess(patient, reassessment(4, Arrays.asList(2, 2, 1, null, 2, 1, 2, 2, 1, 2))).statusCode(201)
                .body("baselineScreeningId", equalTo(first))
                .body("change.painPoints", equalTo(1)).body("change.painMcid", equalTo(false))
                .body("odi.percent", equalTo(33))
                .body("change.odiPoints", equalTo(9)).body("change.odiMcid", equalTo(false));
        // 7 ODI sections answered: no ODI score, so no ODI change
        reassess(patient, reassessment(4, Arrays.asList(2, 2, 1, null, 2, 1, 2, null, null, 2))).statusCode(201)
                .body("odi.percent", nullValue()).body("odi.sectionsAnswered", equalTo(7))
                .body("change.odiPoints", nullValue()).body("change.odiMcid", nullValue());
    }

    @Test
    void withoutAScreeningOrAfterADischargeThereIsNoEpisodeToMeasure() {
        reassess(patient, reassessment(3, null)).statusCode(409).body("type", org.hamcrest.Matchers
                .endsWith("screening-required"));
        ScreeningRequests.screenWithPain(patient, 6);

        EventProbe.publish(new PatientDischarged(UUID.randomUUID(), Instant.now(), patient, UUID.randomUUID(), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM discharge WHERE patient_id = ?", patient) == 1);
        reassess(patient, reassessment(3, null)).statusCode(409).body("type", org.hamcrest.Matchers
                .endsWith("episode-ended"));

        String next = ScreeningRequests.screenWithPain(patient, 4);
        reassess(patient, reassessment(3, null)).statusCode(201).body("baselineScreeningId", equalTo(next))
                .body("change.painPoints", equalTo(1)).body("change.painMcid", equalTo(false));
        assertThat(TestDatabase.count("SELECT count(*) FROM reassessment WHERE patient_id = ?", patient)).isEqualTo(1);
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndNothingIsWritten() {
        ScreeningRequests.screenWithPain(patient, 6);
        var body = reassessment(11, null);
        reassess(patient, body).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("painAverageWeek"));
        reassess(patient, reassessment(3, Arrays.asList(1, 2, 3))).statusCode(422).body("errors.field", hasItem("odi"));
        reassess(patient, reassessment(3, Arrays.asList(1, 2, 3, 4, 5, 6, 1, 2, 3, 4))).statusCode(422)
                .body("errors.field", hasItem("odi[5]"));
        body.put("painAverageWeek", "better");
        reassess(patient, body).statusCode(400).body("errors.field", hasItem("painAverageWeek"));
        assertThat(TestDatabase.count("SELECT count(*) FROM reassessment WHERE patient_id = ?", patient)).isZero();
    }
}
