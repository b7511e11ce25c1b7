package org.telerehab.intake.rest;

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
class IntakeHostileInputTest extends HostileInputContract {

    @Override
    protected Map<String, Seed> seeds() {
        UUID patient = UUID.randomUUID();
        UUID screened = UUID.randomUUID();
        ScreeningRequests.submitValid(screened, ScreeningRequests.valid()); // a re-assessment needs an episode
        return Map.of("POST /api/screenings",
                new Seed(TestTokens.patient(patient), Map.of(), ScreeningRequests.valid()),
                "POST /api/reassessments", new Seed(TestTokens.patient(screened), Map.of(),
                        ScreeningRequests.reassessment(3, java.util.Arrays.asList(1, 2, 1, null, 1, 1, 2, 1, 1, 2))));
    }
}
