package org.telerehab.kit.security;

import io.smallrye.config.ConfigMapping;

import java.util.Set;

/**
 * Which tokens open the API besides what quarkus-oidc already checks (signature, issuer, expiry, the
 * {@code telerehab-api} audience and {@code typ: Bearer}, set in each service's application.properties).
 */
@ConfigMapping(prefix = "telerehab.security")
public interface TokenRules {

    /**
     * The clients whose access tokens the API accepts ({@code azp}): the portal and the command-line client. A token
     * the realm minted for any other client (Keycloak's own {@code admin-cli}, a client added later) is refused even
     * when it carries the audience, so adding a client to the realm never widens access to health data by itself.
     */
    Set<String> authorizedParties();
}
