package org.telerehab.progress.rest;

import org.telerehab.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in a query string ({@code ?from=2026-12-01}): absent is null, malformed is 422 naming the parameter. */
final class QueryDates {

    private QueryDates() {
    }

    static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2026-12-31");
        }
    }
}
