package org.telerehab.intake.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.telerehab.intake.domain.InvalidScreeningAnswerException;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.problem.ProblemMappers;

/**
 * A rule only the domain can check (e.g. an ODI section above 5, or 9 sections), in a screening or a re-assessment:
 * 422 naming the field.
 */
public class InvalidAnswerMapper {

    @ServerExceptionMapper
    public Response invalidAnswer(InvalidScreeningAnswerException e) {
        return ProblemMappers.respond(ProblemException.invalid(e.field(), e.getMessage()).problem());
    }
}
