package org.telerehab.kit.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with 413 problem+json before a
 * byte of it is read or the caller is authenticated. (A chunked body without a length still meets Quarkus's own
 * limit while it streams in.) A service that takes pictures and videos raises Quarkus's limit for them and keeps
 * every other body small: {@code telerehab.input.max-form-body-size} then applies to anything that is not an image or
 * a video, and such a body must say its length (411 otherwise).
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String PROBLEM = "{\"type\":\"https://telerehab.org/problems/payload-too-large\","
            + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is larger than the %d"
            + " bytes this service accepts\"}";

    static final String LENGTH_REQUIRED = "{\"type\":\"https://telerehab.org/problems/length-required\","
            + "\"title\":\"Length required\",\"status\":411,\"detail\":\"Send the body with a Content-Length\"}";

    private final long maxBytes;
    private final long maxFormBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                  InputLimits inputLimits) {
        this.maxBytes = maxBodySize.asLongValue();
        this.maxFormBytes = inputLimits.maxFormBodySize().map(MemorySize::asLongValue).filter(m -> m < maxBytes)
                .orElse(maxBytes);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            long limit = isMedia(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)) ? maxBytes : maxFormBytes;
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, limit)) {
                refuse(ctx, 413, PROBLEM.formatted(limit));
            } else if (length == null && limit < maxBytes
                    && hasBody(ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING))) {
                refuse(ctx, 411, LENGTH_REQUIRED);
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(RoutingContext ctx, int status, String problem) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem);
    }

    private static boolean isMedia(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("video/");
    }

    private static boolean hasBody(String transferEncoding) {
        return transferEncoding != null && !transferEncoding.isBlank();
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
