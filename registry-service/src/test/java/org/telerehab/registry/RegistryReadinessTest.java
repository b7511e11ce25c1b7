package org.telerehab.registry;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.ServiceReadinessContract;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class RegistryReadinessTest extends ServiceReadinessContract {
}
