package org.telerehab.registry.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.problem.ProblemMappers;
import org.telerehab.registry.domain.InvalidProfileException;
import org.telerehab.registry.service.AccountUnavailableException;

/** registry-service's own failures, in words: a profile rule broken (422), Keycloak or the mail out of reach (503). */
public class RegistryProblems {

    @ServerExceptionMapper
    public Response invalidProfile(InvalidProfileException e) {
        return ProblemMappers.respond(ProblemException.invalid(e.field(), e.getMessage()).problem());
    }

    @ServerExceptionMapper
    public Response accountUnavailable(AccountUnavailableException e) {
        Response problem = ProblemMappers.respond(new Problem("account-service-unavailable", "Service Unavailable",
                503, "The account service could not be reached, so nothing was created or changed. Try again in a"
                + " minute.", null));
        return Response.fromResponse(problem).header("Retry-After", "60").build();
    }
}
