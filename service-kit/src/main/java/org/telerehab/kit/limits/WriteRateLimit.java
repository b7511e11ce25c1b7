package org.telerehab.kit.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.telerehab.kit.problem.Problem;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers 429 problem+json, with {@code Retry-After}, to a user who writes faster than their {@link WriteBudget}.
 * Budgets are per replica (behind N replicas a user gets up to N times the budget, still far below what hurts);
 * reads are not limited. Idle users' budgets are forgotten once full again.
 */
@ApplicationScoped
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int FORGET_ABOVE = 10_000;

    private final WriteLimits limits;
    private final Map<String, WriteBudget> budgets = new ConcurrentHashMap<>();

    WriteRateLimit(WriteLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!WRITES.contains(request.getMethod()) || principal == null) {
            return null;
        }
        long now = System.nanoTime();
        if (budgets.size() > FORGET_ABOVE) {
            budgets.values().removeIf(budget -> budget.isFull(now));
        }
        WriteBudget budget = budgets.computeIfAbsent(userOf(principal),
                user -> new WriteBudget(limits.perMinute(), limits.burst(), now));
        if (budget.tryTake(now)) {
            return null;
        }
        Duration wait = budget.waitFor(now);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return tooMany(seconds);
    }

    /** The token's subject: user names may change or repeat across clients, the subject does not. */
    private static String userOf(Principal principal) {
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }

    private static Response tooMany(long seconds) {
        return Response.status(429).type("application/problem+json")
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(new Problem("too-many-requests", "Too many requests", 429,
                        "Too many changes in a short time: try again in " + seconds + " s", null))
                .build();
    }
}
