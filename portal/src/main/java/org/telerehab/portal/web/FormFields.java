package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.portal.client.Api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a form a service may refuse field by field ({@code fragments/text-field}): what each holds (what was
 * typed, when a save was refused) and the service's message at it.
 *
 * @param fields each field, in the form's order
 */
@TemplateData
public record FormFields(List<Field> fields) {

    /** No field typed, none refused. */
    static final FormFields NONE = new FormFields(List.of());

    /**
     * One field.
     *
     * @param name  the field's name, as the service names it (and the form's input)
     * @param value what it holds; null when empty
     * @param error the service's message at it (several joined by "; "); null when it was not refused
     */
    @TemplateData
    public record Field(String name, String value, String error) {
    }

    /** What {@code name} holds; null when empty (or not a field of the form). */
    public String value(String name) {
        return field(name).value;
    }

    /** The service's message at {@code name}; null when it was not refused. */
    public String error(String name) {
        return field(name).error;
    }

    private Field field(String name) {
        return fields.stream().filter(f -> f.name.equals(name)).findFirst().orElse(new Field(name, null, null));
    }

    /** The fields {@code typed} holds (by name) and the field errors of {@code problem} (null when none). */
    static FormFields of(Map<String, ?> typed, Api.Problem problem) {
        Map<String, String> errors = errors(problem);
        List<Field> out = new ArrayList<>();
        typed.forEach((name, value) -> out.add(new Field(name, value == null ? null : String.valueOf(value),
                errors.get(name))));
        errors.forEach((name, error) -> {
            if (!typed.containsKey(name)) {
                out.add(new Field(name, null, error));
            }
        });
        return new FormFields(List.copyOf(out));
    }

    /** The message of each field the service refused, by field. */
    static Map<String, String> errors(Api.Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null) {
            for (Map<String, Object> e : problem.errors()) {
                errors.merge(String.valueOf(e.get("field")), String.valueOf(e.get("message")),
                        (a, b) -> a + "; " + b);
            }
        }
        return errors;
    }
}
