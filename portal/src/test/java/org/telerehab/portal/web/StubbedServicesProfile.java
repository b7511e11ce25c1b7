package org.telerehab.portal.web;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.util.List;
import java.util.Set;

/**
 * Page tests against stand-in services ({@link ServiceStubs}). A {@code @TestSecurity} user has no access token, so
 * the portal's clients would refuse to call the services; here they propagate a placeholder token instead.
 */
public class StubbedServicesProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(PlaceholderToken.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServiceStubs.class));
    }

    @Alternative
    @ApplicationScoped
    public static class PlaceholderToken {
        @Produces
        TokenCredential token() {
            return new AccessTokenCredential("page-test-token");
        }
    }
}
