package org.telerehab.progress;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.telerehab.testsupport.DatabaseWithoutBroker;
import org.telerehab.testsupport.ReadinessWithoutBrokerContract;
import org.telerehab.testsupport.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(DatabaseWithoutBroker.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgressReadinessWithoutBrokerTest extends ReadinessWithoutBrokerContract {

    /**
     * An emergency red flag at a check-in: the patient gets their advice at once, and the report waits in the outbox
     * for the broker (clinical safety does not hang on Kafka being up).
     */
    @Override
    protected Response writeThatAnnouncesAnEvent() {
        return given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).contentType("application/json")
                .body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "pain", 4,
                        "redFlags", List.of("WORSENING_NUMBNESS")))
                .when().post("/api/checkins");
    }
}
