package org.telerehab.kit.problem;

import java.util.List;

/** Thrown by services for an outcome the caller must see as a problem+json response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404, also for records that exist but belong to another patient: their existence is not disclosed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " was not found", null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail, null));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(new Problem(slug, "Conflict", 409, detail, null));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem("validation", "Invalid request", 422,
                field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }
}
