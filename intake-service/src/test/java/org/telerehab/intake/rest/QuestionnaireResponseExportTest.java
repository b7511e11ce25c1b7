package org.telerehab.intake.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class QuestionnaireResponseExportTest {

    @Test
    void exportParsesStrictlyAsAQuestionnaireResponseWithTheAnswers() {
        UUID patient = UUID.randomUUID();
        String id = ScreeningRequests.submitValid(patient, ScreeningRequests.valid());

        String json = given().auth().oauth2(TestTokens.patient(patient))
                .when().get("/api/screenings/{id}/fhir", id)
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        IParser parser = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        QuestionnaireResponse response = parser.parseResource(QuestionnaireResponse.class, json);
        // the same resource for a client that asks for plain JSON
        String plain = given().auth().oauth2(TestTokens.patient(patient)).accept("application/json")
                .when().get("/api/screenings/{id}/fhir", id)
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(parser.parseResource(QuestionnaireResponse.class, plain).getIdPart()).isEqualTo(id);

        assertThat(response.getIdPart()).isEqualTo(id);
        assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + patient);
        assertThat(item(response, "painRegions").getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("LUMBAR");
        assertThat(item(response, "painNow").getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(6);
        QuestionnaireResponseItemComponent startBack = item(response, "startBack");
        assertThat(startBack.getItem()).hasSize(9);
        assertThat(startBack.getItem().get(8).getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("MODERATELY");
        assertThat(item(response, "odi").getItem()).as("the skipped section has no answer").hasSize(9);
        assertThat(item(response, "wakeTime").getAnswerFirstRep().getValueTimeType().getValue()).isEqualTo("06:30:00");
        assertThat(TestDatabase.auditReadsOf(patient, "QuestionnaireResponse")).as("each export, either type")
                .isEqualTo(2);
    }

    private static QuestionnaireResponseItemComponent item(QuestionnaireResponse response, String linkId) {
        return response.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }
}
