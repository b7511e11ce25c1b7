package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.registry.AccountFootprint;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.Footprint;
import org.telerehab.testsupport.HostileInputContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class RegistryHostileInputTest extends HostileInputContract {

    /** The seeds' emails end in this; each variant gets an address of its own in its place. */
    private static final String SEED_EMAIL = "fuzz-seed@example.org";

    @Inject
    Keycloak keycloak;

    @Override
    protected Footprint footprint() {
        return AccountFootprint.everything(keycloak);
    }

    @Override
    protected String asSent(String operation, String body) {
        return body.replace(SEED_EMAIL, "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    @Override
    protected Map<String, Seed> seeds() {
        UUID therapist = UUID.randomUUID();
        UUID patient = Invitations.invited(therapist);
        UUID admin = UUID.randomUUID();
        return Map.of(
                "POST /api/patients", new Seed(TestTokens.therapist(therapist), Map.of(),
                        Invitations.patientWith("email", SEED_EMAIL)),
                "PATCH /api/patients/{id}", new Seed(TestTokens.therapist(therapist), Map.of("id", patient),
                        Map.of("phone", "+1 555 0199", "locale", "fr")),
                "POST /api/therapists", new Seed(TestTokens.admin(admin), Map.of(),
                        Map.of("givenName", "Ana", "familyName", "Lind", "email", SEED_EMAIL)));
    }
}
