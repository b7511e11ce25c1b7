package org.telerehab.registry.domain;

/** A profile value that breaks a rule of {@link ProfileRules}; answered 422 naming {@link #field()}. */
public class InvalidProfileException extends RuntimeException {

    private final String field;

    public InvalidProfileException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
