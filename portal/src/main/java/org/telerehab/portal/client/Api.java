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

    /**
     * A readable failure: RFC 9457's title and detail as the service wrote them (English, null when it gave none),
     * validation errors and program-service's safety warnings, and, when a page tells it in its own words, the
     * {@link Retelling}. The words a page shows for it are the portal's, in the user's language
     * ({@code fragments/problem}, {@code ProblemWords}): a heading for its {@link #kind()} or the retelling; the
     * service's own detail only under a heading saying that it is the service's, in English.
     */
    @io.quarkus.qute.TemplateData
    public record Problem(int status, String title, String detail, List<Map<String, Object>> errors,
                          List<Map<String, Object>> warnings, String type, Retelling retelling) {

        /** What kind of answer a problem is, for the heading a page gives it. */
        public enum Kind {
            /** 400, 422: what was entered is refused. */
            CHECK_INPUT,
            /** 401: the login has expired. */
            LOGGED_OUT,
            /** 403: not allowed for this account. */
            NOT_ALLOWED,
            /** 404, 410. */
            NOT_FOUND,
            /** 409, 412: changed meanwhile or already done. */
            CONFLICT,
            /** 413. */
            TOO_LARGE,
            /** 429. */
            TOO_MANY,
            /** The service did not answer (502, 503, 504 or no answer at all). */
            UNAVAILABLE,
            /** Any other 5xx. */
            SERVER_ERROR,
            /** Anything else. */
            FAILED
        }

        public Problem(int status, String title, String detail, List<Map<String, Object>> errors,
                       List<Map<String, Object>> warnings, String type) {
            this(status, title, detail, errors, warnings, type, null);
        }

        public Problem(int status, String title, String detail, List<Map<String, Object>> errors,
                       List<Map<String, Object>> warnings) {
            this(status, title, detail, errors, warnings, null, null);
        }

        /** A problem the portal finds itself (nothing was asked of a service), told in its words. */
        public static Problem told(int status, Retelling retelling) {
            return new Problem(status, null, null, List.of(), List.of(), null, retelling);
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }

        /** Whether the problem's type (RFC 9457, a URI) ends with this slug, e.g. "red-flag-not-cleared". */
        public boolean is(String slug) {
            return type != null && (type.equals(slug) || type.endsWith("/" + slug) || type.endsWith(":" + slug));
        }

        /** The kind of answer, from the status and, for a refusal the services type as such, the type. */
        public Kind kind() {
            if (is("validation")) {
                return Kind.CHECK_INPUT;
            }
            return switch (status) {
                case 400, 422 -> Kind.CHECK_INPUT;
                case 401 -> Kind.LOGGED_OUT;
                case 403 -> Kind.NOT_ALLOWED;
                case 404, 410 -> Kind.NOT_FOUND;
                case 409, 412 -> Kind.CONFLICT;
                case 413 -> Kind.TOO_LARGE;
                case 429 -> Kind.TOO_MANY;
                case 502, 503, 504 -> Kind.UNAVAILABLE;
                default -> status >= 500 ? Kind.SERVER_ERROR : Kind.FAILED;
            };
        }

        /**
         * The service's own detail to show (English, under a translated heading): none when the page's retelling
         * says it in its own words.
         */
        public String serviceDetail() {
            return retelling != null && retelling.detail() != null ? null : detail;
        }

        /** The same problem told in the page's words (the type, field errors and warnings kept). */
        public Problem retold(Retelling.Title newTitle, Retelling.Detail newDetail) {
            return new Problem(status, title, detail, errors, warnings, type, new Retelling(newTitle, newDetail));
        }

        /** The same problem with these field errors (each named by its label) and no warnings. */
        public Problem withErrors(List<Map<String, Object>> named) {
            return new Problem(status, title, detail, named, List.of(), type, retelling);
        }
    }

    public static Result call(String service, Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            LOG.warnf("%s did not answer: %s", service, e.toString());
            return new Result(503, null, new Problem(503, null, null, List.of(), List.of()));
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
        String title = json.get("title") instanceof String t && !t.isBlank() ? t : null;
        String detail = json.get("detail") instanceof String d && !d.isBlank() ? d : null;
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
}
