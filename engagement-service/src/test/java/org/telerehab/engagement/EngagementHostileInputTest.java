package org.telerehab.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.HostileInputContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.Map;
import java.util.UUID;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EngagementHostileInputTest extends HostileInputContract {

    private static final String SEED_ID = "5eed0000-0000-4000-8000-000000000019";

    @Override
    protected Map<String, Seed> seeds() {
        UUID patient = UUID.randomUUID();
        return Map.of("POST /api/patients/{patientId}/messages", new Seed(TestTokens.patient(patient),
                Map.of("patientId", patient), Map.of("text", "How many bridges today?", "clientRequestId", SEED_ID)),
                "PUT /api/notification-preferences", new Seed(TestTokens.patient(patient), Map.of(),
                        Map.of("email", true, "reminderTime", "18:00",
                                "workHours", Map.of("from", "09:00", "to", "17:00"))));
    }

    /** Each variant is a message of its own: a variant that kept the seed's client request id gets a new one. */
    @Override
    protected String asSent(String operation, String body) {
        return body.replace(SEED_ID, UUID.randomUUID().toString());
    }
}
