package org.telerehab.program.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.program.rest.ProgramFixtures.BIRD_DOG;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;
import static org.telerehab.program.rest.ProgramFixtures.item;
import static org.telerehab.program.rest.ProgramFixtures.plan;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class CarePlanFhirTest {

    @Test
    void activePlanExportsAsACarePlanWithExerciseTherapyActivities() {
        UUID therapist = UUID.randomUUID();
        UUID patient = ProgramFixtures.screenedPatient(Disposition.READY_FOR_PROGRAM, Region.LUMBAR);
        ProgramFixtures.takeIntoCare(therapist, patient);
        ProgramFixtures.assign(therapist, patient, plan(item(DEAD_BUG, 6, null), item(BIRD_DOG, 6, null)))
                .statusCode(201);

        String json = given().auth().oauth2(TestTokens.patient(patient))
                .when().get("/api/patients/{id}/plans/active/fhir", patient)
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        CarePlan carePlan = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(CarePlan.class, json);
        // the same resource for a client that asks for plain JSON
        given().auth().oauth2(TestTokens.patient(patient)).accept("application/json")
                .when().get("/api/patients/{id}/plans/active/fhir", patient)
                .then().statusCode(200).contentType("application/json");
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getSubject().getReference()).isEqualTo("Patient/" + patient);
        assertThat(carePlan.getActivity()).hasSize(2).allSatisfy(activity -> {
            assertThat(activity.getDetail().getKind()).isEqualTo(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
            assertThat(activity.getDetail().getCode().getCoding()).anySatisfy(c -> {
                assertThat(c.getSystem()).isEqualTo("http://snomed.info/sct");
                assertThat(c.getCode()).isEqualTo("229065009");
            });
        });
        assertThat(carePlan.getActivity().get(0).getDetail().getCode().getText()).isEqualTo("Dead bug");
        assertThat(TestDatabase.auditReadsOf(patient, "FhirCarePlan")).as("each export, either type").isEqualTo(2);
    }
}
