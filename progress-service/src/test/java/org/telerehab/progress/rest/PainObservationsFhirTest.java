package org.telerehab.progress.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PainObservationsFhirTest {

    @Test
    void everyPainReadingIsALoincObservation() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today().minusDays(3));
        ProgressFixtures.logCheckIn(p.patient(), checkIn(today().minusDays(1), 4, List.of())).statusCode(201);
        ProgressFixtures.logSession(p.patient(), session(p.planId(), daysAgo(0), 3, 5)).statusCode(201);

        String json = given().auth().oauth2(TestTokens.therapist(p.therapist()))
                .when().get("/api/patients/{id}/observations/fhir", p.patient())
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        Bundle bundle = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Bundle.class, json);
        assertThat(bundle.getEntry()).hasSize(2);
        List<Observation> observations = bundle.getEntry().stream().map(e -> (Observation) e.getResource()).toList();
        assertThat(observations).allSatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
            assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + p.patient());
        });
        assertThat(observations).extracting(o -> o.getValueQuantity().getValue().intValue()).containsExactly(4, 3);
    }
}
