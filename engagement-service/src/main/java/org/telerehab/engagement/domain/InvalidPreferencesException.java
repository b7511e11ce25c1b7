package org.telerehab.engagement.domain;

/**
 * Notification preferences the rules cannot work with. Carries the field name as spelled in the API body (e.g.
 * {@code reminderTime}, {@code workHours.from}) so the REST layer can report it in a 422 problem's {@code errors}.
 */
public class InvalidPreferencesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidPreferencesException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
