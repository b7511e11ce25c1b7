package org.telerehab.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.telerehab.kit.limits.JsonInputRules;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every error a resource can meet into problem+json; a stack trace never reaches the client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** Well-formed JSON whose values break a rule: 422 naming each field. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message())
                .collect(Collectors.joining("; "));
        return respond(new Problem("validation", "Invalid request", 422, detail, errors));
    }

    /** Malformed JSON, a wrong type or an unknown enum value: 400 naming the field. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response malformed(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = e instanceof InvalidFormatException invalid
                    ? (JsonInputRules.NUL_REFUSED.equals(e.getOriginalMessage()) ? JsonInputRules.NUL_REFUSED
                    : "has an invalid value '" + invalid.getValue() + "'")
                    : "has the wrong type or shape";
            return respond(new Problem("malformed", "Malformed request", 400, field + " " + message,
                    List.of(new Problem.FieldError(field, message))));
        }
        return respond(new Problem("malformed", "Malformed request", 400,
                "The body is not valid JSON: " + e.getOriginalMessage(), null));
    }

    /** Two requests raced for the same row (e.g. the same plan version): the loser may simply retry. */
    @ServerExceptionMapper
    public Response concurrentChange(org.hibernate.exception.ConstraintViolationException e) {
        LOG.infof("constraint %s refused a concurrent change", e.getConstraintName());
        return respond(new Problem("conflict", "Conflict", 409,
                "The request conflicts with a change made at the same time; please try again", null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem("role-not-allowed", "Forbidden", 403, "Your role does not allow this request", null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return malformed(unreadable); // the JSON reader wraps what it could not parse
        }
        if (status == 401) {
            return e.getResponse(); // keep the WWW-Authenticate challenge
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(slug(title), title, status, e.getMessage(), null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e) {
        // a unique key met at commit (two retries of one request at the same moment) arrives wrapped in the
        // transaction's own exception: still the race the loser may simply retry, never a 500
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException raced) {
                return concurrentChange(raced);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return respond(new Problem("internal", "Internal error", 500,
                "Something went wrong on our side (incident " + incident + ")", null));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The body's field path: drops the method and parameter nodes of a resource method's violation. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER && !isBodyParameter(node)) {
                    parts.add(node.getName());
                }
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    // body parameters are named after the DTO variable (e.g. "request"), which callers never see
    private static boolean isBodyParameter(Path.Node node) {
        String name = node.getName();
        return name != null && (name.equals("request") || name.equals("body") || name.startsWith("arg"));
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
