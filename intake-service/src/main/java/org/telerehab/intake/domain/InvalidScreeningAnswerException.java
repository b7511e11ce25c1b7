package org.telerehab.intake.domain;

/**
 * A screening answer outside what the clinical rules accept. Carries the field name (as spelled in
 * the API body, e.g. {@code painNow}, {@code startBack.items}, {@code odi}) so the REST layer can
 * report it in a problem's {@code errors} array.
 */
public class InvalidScreeningAnswerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidScreeningAnswerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
