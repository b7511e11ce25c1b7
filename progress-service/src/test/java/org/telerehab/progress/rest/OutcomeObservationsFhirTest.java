package org.telerehab.progress.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/** The episode's outcomes as LOINC-coded FHIR Observations, judged by HAPI's instance validator. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OutcomeObservationsFhirTest {

    static final FhirContext R4 = FhirContext.forR4();

    @Test
    void theBaselineAndEachReassessmentAreLoincObservationsTheValidatorAccepts() {
        var p = ProgressFixtures.patientOnPlan(6, 3, today().minusDays(14)); // ODI 40 %, STarT Back 4 / 2, medium
        EventProbe.publish(new ReassessmentCompleted(UUID.randomUUID(), Instant.now(), p.patient(), UUID.randomUUID(),
                UUID.randomUUID(), 4, null, 2, RiskLevel.LOW, 2, null, true, null, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "SELECT count(*) FROM reassessment WHERE patient_id = ?", p.patient()) == 1);

        String json = given().auth().oauth2(TestTokens.therapist(p.therapist())).accept("application/fhir+json")
                .when().get("/api/patients/{id}/outcomes/fhir", p.patient())
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        Bundle bundle = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Bundle.class, json);
        List<Observation> observations = bundle.getEntry().stream().map(e -> (Observation) e.getResource()).toList();
        assertThat(observations).extracting(o -> o.getCode().getCodingFirstRep().getCode()).containsExactlyInAnyOrder(
                // the screening: pain, STarT Back panel and its three members, Oswestry panel and its score
                "72514-3", "91349-1", "91351-7", "91350-9", "91352-5", "97908-8", "97909-6",
                // the re-assessment without an ODI
                "72514-3", "91349-1", "91351-7", "91350-9", "91352-5");
        assertThat(observations).allSatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
            assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + p.patient());
            assertThat(o.getDerivedFromFirstRep().getReference()).startsWith("QuestionnaireResponse/");
        });
        assertThat(observations).filteredOn(o -> o.getCode().getCodingFirstRep().getCode().equals("72514-3"))
                .extracting(o -> o.getValueQuantity().getValue().intValue()).containsExactlyInAnyOrder(6, 4);
        assertThat(observations).filteredOn(o -> o.getCode().getCodingFirstRep().getCode().equals("97909-6"))
                .singleElement().satisfies(o -> assertThat(o.getValueQuantity().getCode()).isEqualTo("%"));

        assertThat(errorsOf(bundle)).isEmpty();
        // and the validator does find what is wrong: an observation without its required status
        Bundle broken = new Bundle().setType(Bundle.BundleType.COLLECTION);
        broken.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(observations.get(0).copy()
                .setStatus(null));
        assertThat(errorsOf(broken)).anySatisfy(e -> assertThat(e).contains("status"));
    }

    @Test
    void everyFhirEndpointAlsoAnswersPlainJson() {
        var p = ProgressFixtures.patientOnPlan(6, 3, today().minusDays(2));
        for (String path : List.of("/outcomes/fhir", "/observations/fhir")) {
            String json = given().auth().oauth2(TestTokens.patient(p.patient())).accept("application/json")
                    .when().get("/api/patients/" + p.patient() + path)
                    .then().statusCode(200).contentType("application/json").extract().asString();
            assertThat(R4.newJsonParser().parseResource(Bundle.class, json).getType())
                    .isEqualTo(Bundle.BundleType.COLLECTION);
        }
    }

    /** What HAPI's instance validator finds at error level or worse (R4 core profiles, UCUM, the common systems). */
    static List<String> errorsOf(Bundle bundle) {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4));
        FhirValidator validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        return validator.validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString).toList();
    }
}
