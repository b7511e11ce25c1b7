package org.telerehab.engagement.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.testsupport.TestTokens.as;

/** Each person's own preferences: the defaults first, a change kept, a refusal naming the field and writing nothing. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PreferencesTest {

    @Test
    void aPersonStartsWithTheDefaultsAndKeepsWhatTheySet() {
        UUID patient = UUID.randomUUID();
        as(patient, "patient").get("/api/notification-preferences").then().statusCode(200)
                .body("email", equalTo(true)).body("reminderTime", equalTo("18:00")).body("workHours", nullValue());

        as(patient, "patient").contentType("application/json")
                .body("{\"email\": false, \"reminderTime\": \"07:30\", \"workHours\": {\"from\": \"08:00\","
                        + " \"to\": \"16:30\"}}")
                .put("/api/notification-preferences").then().statusCode(200).body("email", equalTo(false));
        as(patient, "patient").get("/api/notification-preferences").then()
                .body("email", equalTo(false)).body("reminderTime", equalTo("07:30"))
                .body("workHours.from", equalTo("08:00")).body("workHours.to", equalTo("16:30"));
        as(UUID.randomUUID(), "therapist").get("/api/notification-preferences").then().body("email", equalTo(true));
    }

    @Test
    void workHoursThatEndBeforeTheyStartAreRefusedNamingTheFieldAndNothingIsWritten() {
        UUID patient = UUID.randomUUID();
        as(patient, "patient").contentType("application/json")
                .body("{\"email\": true, \"reminderTime\": \"18:00\", \"workHours\": {\"from\": \"17:00\","
                        + " \"to\": \"09:00\"}}")
                .put("/api/notification-preferences").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("workHours"));
        as(patient, "patient").contentType("application/json")
                .body("{\"email\": true, \"reminderTime\": \"18:00\", \"workHours\": {\"from\": \"09:00\"}}")
                .put("/api/notification-preferences").then().statusCode(422)
                .body("errors.field", hasItem("workHours.to"));
        as(patient, "patient").contentType("application/json").body("{\"reminderTime\": \"25:00\"}")
                .put("/api/notification-preferences").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("reminderTime"));
        org.assertj.core.api.Assertions.assertThat(TestDatabase.count(
                "SELECT count(*) FROM notification_preferences WHERE person_id = ?", patient)).isZero();
    }
}
