package org.telerehab.registry.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service cannot undo at once (it stopped mid-invitation, or Keycloak went down after making the account) is
 * undone by the sweeper once the invitation is old enough: the account deleted, the email free.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class InvitationSweeperTest {

    @Inject
    InvitationSweeper sweeper;

    @Inject
    AccountDirectory accounts;

    @Inject
    Keycloak keycloak;

    @Test
    void anAbandonedInvitationsAccountIsDeletedWhetherOrNotItsIdWasRecorded() {
        String recorded = email();
        String lost = email();
        String fresh = email();
        UUID recordedAccount = accounts.create(recorded, "Rita", "Recorded", AccountDirectory.PATIENTS, null);
        accounts.create(lost, "Lou", "Lost", AccountDirectory.PATIENTS, null);
        UUID freshAccount = accounts.create(fresh, "Fay", "Fresh", AccountDirectory.PATIENTS, null);
        // the first two started 11 minutes ago (the sweeper's limit is 10); the answer with the second's id was lost
        TestDatabase.execute("INSERT INTO invitation (email, account_id, started_at) VALUES ('" + recorded + "', '"
                + recordedAccount + "', now() - interval '11 minutes'), ('" + lost
                + "', NULL, now() - interval '11 minutes'), ('" + fresh + "', '" + freshAccount + "', now())");

        // the scheduled sweep may take some of them first: what counts is what is left
        sweeper.sweepAbandoned();

        assertThat(keycloak.realm("telerehab").users().searchByEmail(recorded, true)).isEmpty();
        assertThat(keycloak.realm("telerehab").users().searchByEmail(lost, true))
                .as("found by its email: made after the invitation started").isEmpty();
        assertThat(keycloak.realm("telerehab").users().searchByEmail(fresh, true))
                .as("an invitation under way is left alone").hasSize(1);
        assertThat(TestDatabase.strings("SELECT email FROM invitation")).containsExactly(fresh);
        TestDatabase.execute("DELETE FROM invitation WHERE email = '" + fresh + "'");
        accounts.delete(freshAccount);
    }

    private static String email() {
        return "sweep." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
