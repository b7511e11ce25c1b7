package org.telerehab.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.ServiceReadinessContract;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EngagementReadinessTest extends ServiceReadinessContract {
}
