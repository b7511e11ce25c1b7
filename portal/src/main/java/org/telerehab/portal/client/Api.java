package org.telerehab.portal.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One call to a service, read into plain maps and lists for the templates. A failure becomes a {@link Problem} a
 * page can show (title, detail, field errors, safety warnings), never raw JSON or a stack trace.
 */
public final class Api {

    private static final Logger LOG = Logger.getLogger(Api.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    /** What a service answered: its status, its body (a Map, a List or null) and, for a failure, the problem. */
    public record Result(int status, Object body, Problem problem) {
        public boolean ok() {
            return problem == null;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return body instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        }
    }

    /** A readable failure: RFC 9457's title and detail, validation errors and program-service's safety warnings. */
    @io.quarkus.qute.TemplateData
    public record Problem(int status, String title, String detail, List<Map<String, Object>> errors,
                          List<Map<String, Object>> warnings, String type) {

        public Problem(int status, String title, String detail, List<Map<String, Object>> errors,
                       List<Map<String, Object>> warnings) {
            this(status, title, detail, errors, warnings, null);
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }

        /** Whether the problem's type (RFC 9457, a URI) ends with this slug, e.g. "red-flag-not-cleared". */
        public boolean is(String slug) {
            return type != null && (type.equals(slug) || type.endsWith("/" + slug) || type.endsWith(":" + slug));
        }

        /** The same problem told in other words (the type and field details kept). */
        public Problem retold(String newTitle, String newDetail) {
            return new Problem(status, newTitle, newDetail, errors, warnings, type);
        }
    }

    public static Result call(String service, Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            LOG.warnf("%s did not answer: %s", service, e.toString());
            return new Result(503, null, new Problem(503, "The " + service + " is not answering",
                    "Please try again in a minute. If it keeps happening, contact the clinic.", List.of(), List.of()));
        }
        try (response) {
            int status = response.getStatus();
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            Object body = parse(text);
            if (status < 400) {
                return new Result(status, body, null);
            }
            return new Result(status, body, problem(service, status, body));
        }
    }

    static Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (Exception e) {
            return null; // not JSON: the page shows a generic message for the status instead
        }
    }

    @SuppressWarnings("unchecked")
    static Problem problem(String service, int status, Object body) {
        Map<String, Object> json = body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String title = json.get("title") instanceof String t && !t.isBlank() ? t : defaultTitle(status);
        String detail = json.get("detail") instanceof String d ? d : null;
        if (detail == null && status >= 500) {
            detail = "Something went wrong in the " + service + ". Please try again later.";
        }
        return new Problem(status, title, detail, objects(json.get("errors")), objects(json.get("warnings")),
                json.get("type") instanceof String t ? t : null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(new LinkedHashMap<>((Map<String, Object>) m));
                }
            }
        }
        return out;
    }

    static String defaultTitle(int status) {
        return switch (status) {
            case 400 -> "Some answers could not be read";
            case 401 -> "Your session has expired: please log in again";
            case 403 -> "You are not allowed to do this";
            case 404 -> "Not found";
            case 409 -> "This cannot be done right now";
            case 422 -> "Some answers need another look";
            default -> status >= 500 ? "The service had a problem" : "The request failed";
        };
    }
}
