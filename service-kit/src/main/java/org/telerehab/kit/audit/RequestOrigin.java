package org.telerehab.kit.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * Where the current request came from, for its audit records: the request id (the ingress's {@code X-Request-Id},
 * or one made up here), the client's address (behind the ingress, the forwarded one: see quarkus.http.proxy.* in
 * prod) and the OAuth client the token was issued to ({@code azp}).
 */
@RequestScoped
public class RequestOrigin {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Where an admin states why they read a patient's clinical records (break-glass). */
    public static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";
    private static final int MAX_REQUEST_ID = 64;
    private static final int MAX_REASON = 500;

    private final String requestId;
    private final String clientAddress;
    private final String clientId;
    private final String target;
    private final String breakGlassReason;

    RequestOrigin(CurrentVertxRequest request, JsonWebToken token) {
        RoutingContext context = request.getCurrent();
        String header = context == null ? null : context.request().getHeader(REQUEST_ID_HEADER);
        this.requestId = acceptable(header) ? header : UUID.randomUUID().toString();
        this.clientAddress = context == null || context.request().remoteAddress() == null ? null
                : context.request().remoteAddress().hostAddress();
        Object azp = token == null ? null : token.getClaim("azp");
        this.clientId = azp == null ? null : azp.toString();
        this.target = context == null ? null : context.request().method() + " " + context.request().path();
        String reason = context == null ? null : context.request().getHeader(BREAK_GLASS_HEADER);
        this.breakGlassReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A caller-supplied id is kept only when it is short and plain, so it cannot smuggle anything into the trail. */
    static boolean acceptable(String requestId) {
        return requestId != null && !requestId.isEmpty() && requestId.length() <= MAX_REQUEST_ID
                && requestId.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String clientId() {
        return clientId;
    }

    /** The reason an admin stated for this request (null: none). */
    public String breakGlassReason() {
        return breakGlassReason;
    }

    /** A stated reason that can go into the trail: at most 500 characters, no control characters. */
    public static boolean acceptableReason(String reason) {
        return reason != null && reason.length() <= MAX_REASON && reason.chars().noneMatch(Character::isISOControl);
    }

    /** The method and path asked for (no query string: it may hold search terms). */
    public String target() {
        return target;
    }
}
