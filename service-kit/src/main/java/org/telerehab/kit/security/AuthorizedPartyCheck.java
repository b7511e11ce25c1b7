package org.telerehab.kit.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401) a bearer token whose authorized party ({@code azp}) is not one of {@link TokenRules#authorizedParties}.
 * It runs as part of authentication, before any role or care rule, for every endpoint.
 */
@ApplicationScoped
public class AuthorizedPartyCheck implements SecurityIdentityAugmentor {

    private final TokenRules rules;

    AuthorizedPartyCheck(TokenRules rules) {
        this.rules = rules;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String party = token.getClaim("azp");
        if (party == null || !rules.authorizedParties().contains(party)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "token of client " + party + " is not accepted by this API"));
        }
        return Uni.createFrom().item(identity);
    }
}
