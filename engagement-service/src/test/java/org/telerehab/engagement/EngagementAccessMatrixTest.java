package org.telerehab.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.AccessMatrixContract;
import org.telerehab.testsupport.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EngagementAccessMatrixTest extends AccessMatrixContract {
}
