package org.telerehab.engagement.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.telerehab.engagement.domain.InvalidPreferencesException;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.problem.ProblemMappers;

/** engagement-service's own refusals, in words naming the field. */
public class EngagementProblems {

    @ServerExceptionMapper
    public Response invalidPreferences(InvalidPreferencesException e) {
        return ProblemMappers.respond(ProblemException.invalid(e.field(), e.getMessage()).problem());
    }
}
