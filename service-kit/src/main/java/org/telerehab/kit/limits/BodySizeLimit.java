package org.telerehab.kit.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with 413 problem+json before a
 * byte of it is read or the caller is authenticated. (A chunked body without a length still meets Quarkus's own
 * limit while it streams in.)
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String PROBLEM = "{\"type\":\"https://telerehab.org/problems/payload-too-large\","
            + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is larger than the %d"
            + " bytes this service accepts\"}";

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(PROBLEM.formatted(maxBytes));
            } else {
                ctx.next();
            }
        });
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
