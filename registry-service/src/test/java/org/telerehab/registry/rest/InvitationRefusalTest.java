package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.registry.AccountFootprint;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.Footprint;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An invitation that is refused, or fails half-way, leaves nothing behind: no profile, no account in Keycloak, no
 * mail, and its email free for the next try.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class InvitationRefusalTest {

    @Inject
    Keycloak keycloak;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "email|not-an-email", "email|maria@example", "locale|de", "timeZone|Mars/Olympus", "timeZone|+05:00",
            "birthDate|2099-01-01", "givenName|<script>", "familyName|' ; DROP TABLE patient; --", "phone|call me"})
    void aValueBreakingARuleIs422NamingTheFieldAndMakesNothing(String field, String value) {
        Footprint footprint = AccountFootprint.everything(keycloak);
        var before = footprint.take();

        Invitations.invite(UUID.randomUUID(), Invitations.patientWith(field, value)).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));

        assertThat(before.changesTo(footprint.take())).isEmpty();
    }

    @Test
    void whenTheMailCannotBeSentTheAccountIsDeletedAndTheEmailFreed() {
        Map<String, Object> body = Invitations.patient();
        String email = (String) body.get("email");
        AccountServers.mail().close();
        try {
            Invitations.invite(UUID.randomUUID(), body).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "60");
        } finally {
            AccountServers.mail().start();
            AccountServers.mail().awaitReady(Instant.now().plusSeconds(60), () -> { });
        }

        assertThat(keycloak.realm("telerehab").users().searchByEmail(email, true)).as("no account left").isEmpty();
        assertThat(TestDatabase.count("SELECT count(*) FROM patient WHERE email = ?", email)).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM invitation WHERE email = ?", email)).isZero();
        // the same email, once the mail works again
        Invitations.invite(UUID.randomUUID(), body).statusCode(201);
    }
}
