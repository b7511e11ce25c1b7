package org.telerehab.portal.web;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** A posted HTML form, read leniently: a blank field is null, a non-number is kept for the service to refuse. */
public record Form(MultivaluedMap<String, String> values) {

    public String text(String name) {
        String v = values == null ? null : values.getFirst(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public List<String> all(String name) {
        List<String> v = values == null ? null : values.get(name);
        return v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    public boolean checked(String name) {
        return text(name) != null;
    }

    /** An integer, or the text itself when it is not one (the service names the field), or null when blank. */
    public Object number(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    public Integer intOr(String name, Integer fallback) {
        return number(name) instanceof Integer i ? i : fallback;
    }
}
