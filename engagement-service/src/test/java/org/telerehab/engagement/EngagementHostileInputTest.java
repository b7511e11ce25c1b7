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

    @Override
    protected Map<String, Seed> seeds() {
        UUID patient = UUID.randomUUID();
        return Map.of("POST /api/patients/{patientId}/messages", new Seed(TestTokens.patient(patient),
                Map.of("patientId", patient), Map.of("text", "How many bridges today?")));
    }
}
