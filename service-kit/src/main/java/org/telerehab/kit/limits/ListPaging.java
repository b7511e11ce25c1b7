package org.telerehab.kit.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.telerehab.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Every list the API answers comes in pages of at most {@value #MAX} items: {@code ?limit=} (1 to 100, default
 * 100) and {@code ?offset=} (default 0). The answer stays the contract's JSON array (version 1 clients read the first
 * page as before); {@code X-Total-Count} says how many there are and {@code Link: <...>; rel="next"} where the next
 * page is. Written once for every service: a list endpoint added later pages without code of its own. A resource
 * that should read only the page (a search that audits what it lists) cuts it itself and answers a {@link Cut}.
 */
@ApplicationScoped
public class ListPaging {

    public static final int MAX = 100;
    static final String TOTAL = "X-Total-Count";
    private static final String PAGE = ListPaging.class.getName();

    /** A page asked for by a GET of the API. */
    public record PageRequest(int limit, int offset) {

        /** The page a resource's {@code limit} and {@code offset} ask for (a bad one was refused before), defaulted. */
        public static PageRequest of(Integer limit, Integer offset) {
            return new PageRequest(limit == null ? MAX : Math.min(Math.max(limit, 1), MAX),
                    offset == null ? 0 : Math.max(offset, 0));
        }
    }

    /**
     * A page a resource cut itself, in its database query, so that it reads (and audits) only what it answers:
     * {@code items} are the asked-for page of {@code total}. Answered as the same JSON array with the same headers.
     */
    public record Cut<T>(List<T> items, long total) {
    }

    @ServerRequestFilter
    public Response readPage(ContainerRequestContext request) {
        if (!isApiRead(request)) {
            return null;
        }
        String limit = request.getUriInfo().getQueryParameters().getFirst("limit");
        String offset = request.getUriInfo().getQueryParameters().getFirst("offset");
        Integer limitValue = parse(limit, 1, MAX);
        if (limit != null && limitValue == null) {
            return invalid("limit", "must be a whole number from 1 to " + MAX);
        }
        Integer offsetValue = parse(offset, 0, Integer.MAX_VALUE);
        if (offset != null && offsetValue == null) {
            return invalid("offset", "must be a whole number from 0");
        }
        request.setProperty(PAGE, PageRequest.of(limitValue, offsetValue));
        return null;
    }

    @ServerResponseFilter
    public void writePage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PAGE) instanceof PageRequest page) || response.getStatus() != 200) {
            return;
        }
        long total;
        int to;
        if (response.getEntity() instanceof Cut<?> cut) {
            response.setEntity(new ArrayList<>(cut.items()));
            total = cut.total();
            to = page.offset() + cut.items().size();
        } else if (response.getEntity() instanceof List<?> all) {
            int from = Math.min(page.offset(), all.size());
            to = (int) Math.min((long) from + page.limit(), all.size());
            response.setEntity(new ArrayList<>(all.subList(from, to)));
            total = all.size();
        } else {
            return;
        }
        response.getHeaders().putSingle(TOTAL, total);
        if (to < total) {
            UriBuilder next = request.getUriInfo().getRequestUriBuilder()
                    .replaceQueryParam("offset", to).replaceQueryParam("limit", page.limit());
            response.getHeaders().add("Link", "<" + next.build() + ">; rel=\"next\"");
        }
    }

    private static boolean isApiRead(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) && request.getUriInfo().getRequestUri().getPath().startsWith("/api/");
    }

    /** The number, or null when absent or not a whole number in range. */
    static Integer parse(String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            return number < min || number > max ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The same 422 a resource's {@link ProblemException#invalid} answers, from a filter that cannot throw it. */
    private static Response invalid(String field, String message) {
        return Response.status(422).type("application/problem+json")
                .entity(ProblemException.invalid(field, message).problem()).build();
    }
}
