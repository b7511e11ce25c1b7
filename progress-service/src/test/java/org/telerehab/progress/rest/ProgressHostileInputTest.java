package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.HostileInputContract;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgressHostileInputTest extends HostileInputContract {

    @Override
    protected Map<String, Seed> seeds() {
        var onPlan = ProgressFixtures.patientOnPlan(5, 3, ProgressFixtures.today().minusDays(7));
        String token = TestTokens.patient(onPlan.patient());
        return Map.of(
                "POST /api/sessions", new Seed(token, Map.of(),
                        ProgressFixtures.session(onPlan.planId(), Instant.now(), 4, 6)),
                "POST /api/checkins", new Seed(token, Map.of(),
                        ProgressFixtures.checkIn(ProgressFixtures.today(), 4, List.of())));
    }
}
