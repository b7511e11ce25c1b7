package org.telerehab.engagement.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.engagement.EngagementFixtures.Care;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.telerehab.engagement.EngagementFixtures.messagesOf;
import static org.telerehab.engagement.EngagementFixtures.write;
import static org.telerehab.testsupport.TestTokens.as;

/** A message of 1 to 4000 characters; anything else is 422 naming text, and nothing is written nor anybody told. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MessageInputTest {

    @Test
    void emptyBlankAndOverLongTextIsRefusedNamingTextAndNothingIsWritten() {
        Care care = EngagementFixtures.inCare();
        for (String text : List.of("", "   \n ", "x".repeat(4001), "bell\u0007")) {
            write(care.patient(), care.patient(), "patient", text).statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        }
        as(care.patient(), "patient").contentType("application/json").body("{}")
                .post("/api/patients/{patientId}/messages", care.patient()).then().statusCode(422)
                .body("errors[0].field", equalTo("text"));
        assertThat(messagesOf(care.patient())).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE about_patient_id = ?",
                care.patient())).isZero();
    }

    @Test
    void aRetryWithTheSameClientRequestIdIsTheSameMessageAndTellsNobodyAgain() {
        Care care = EngagementFixtures.inCare();
        UUID requestId = UUID.randomUUID();
        Map<String, Object> body = Map.of("text", "sent twice", "clientRequestId", requestId.toString());
        String id = as(care.patient(), "patient").contentType("application/json").body(body)
                .post("/api/patients/{patientId}/messages", care.patient()).then().statusCode(201)
                .extract().path("id");
        as(care.patient(), "patient").contentType("application/json").body(body)
                .post("/api/patients/{patientId}/messages", care.patient()).then().statusCode(201)
                .body("id", equalTo(id));
        as(care.patient(), "patient").contentType("application/json")
                .body(Map.of("text", "something else", "clientRequestId", requestId.toString()))
                .post("/api/patients/{patientId}/messages", care.patient()).then().statusCode(409)
                .contentType("application/problem+json");
        // the same id from another author is theirs
        as(care.therapist(), "therapist").contentType("application/json").body(body)
                .post("/api/patients/{patientId}/messages", care.patient()).then().statusCode(201)
                .body("id", not(equalTo(id)));

        assertThat(messagesOf(care.patient())).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE about_patient_id = ?",
                care.patient())).isEqualTo(2);
    }

    @Test
    void fourThousandCharactersAreAMessageAndAnEmojiIsOne() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "x".repeat(4000)).statusCode(201);
        write(care.patient(), care.therapist(), "therapist", "\ud83d\ude00".repeat(4000)).statusCode(201);
        write(care.patient(), care.patient(), "patient", "  two lines\r\nand a\ttab \n").statusCode(201)
                .body("text", equalTo("two lines\nand a\ttab"));
        assertThat(messagesOf(care.patient())).isEqualTo(3);
        write(care.patient(), care.patient(), "patient", "<script>alert(1)</script>").statusCode(201)
                .body("text", startsWith("<script>"));
    }
}
