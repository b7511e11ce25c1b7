package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak out of reach: an invitation or an account's closure is 503 in words, and nothing is written. */
@QuarkusTest
@TestProfile(KeycloakDownTest.Unreachable.class)
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class KeycloakDownTest {

    /** Keycloak's address is a port nothing listens on. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:1",
                    "quarkus.keycloak.admin-client.client-secret", "unused",
                    "telerehab.registry.invitation.redirect-uri", "http://localhost:8080/");
        }
    }

    @Test
    void anInvitationIs503AndLeavesNoProfileNoReservationNoEvent() {
        Map<String, Object> body = Invitations.patient();

        Invitations.invite(UUID.randomUUID(), body).statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "60");

        assertThat(TestDatabase.count("SELECT count(*) FROM patient")).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM invitation")).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM outbox_event")).isZero();
    }

    @Test
    void closingAnAccountIs503AndLeavesTheTherapistOpenWithoutAnEvent() {
        UUID therapist = UUID.randomUUID();
        TestDatabase.execute("INSERT INTO therapist (id, given_name, family_name, email, invited_by, invited_at)"
                + " VALUES ('" + therapist + "', 'Lea', 'Leaving', 'lea." + therapist + "@example.org', '"
                + UUID.randomUUID() + "', now())");

        given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).post("/api/therapists/{id}/disable", therapist)
                .then().statusCode(503).contentType("application/problem+json");

        assertThat(TestDatabase.count("SELECT count(*) FROM therapist WHERE id = ? AND disabled_at IS NULL",
                therapist)).as("still open: a retry will close it").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM outbox_event")).isZero();
    }
}
