package org.telerehab.portal.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery defence for the portal's forms, on top of the session cookie's SameSite=Lax: a
 * state-changing request that a browser marks as coming from another site ({@code Sec-Fetch-Site: cross-site}, or
 * an {@code Origin} other than the portal's own) is refused with 403 before it is authenticated or read. Requests
 * without either header (scripts, old browsers) pass to the normal checks. OWASP's "verifying origin with standard
 * headers"; no token is needed, and the registry here has no Quarkus CSRF extension for 3.34.
 */
@ApplicationScoped
public class SameOriginForms {

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            if (STATE_CHANGING.contains(ctx.request().method()) && fromAnotherSite(ctx)) {
                ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                        .end("<!doctype html><html lang=\"en\"><title>Refused</title><h1>Refused</h1><p>This form was"
                                + " sent from another website, so Telerehab did not act on it. Open the portal and"
                                + " try again there.</p></html>");
            } else {
                ctx.next();
            }
        });
    }

    static boolean fromAnotherSite(RoutingContext ctx) {
        String fetchSite = ctx.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        return host == null || !authorityOf(origin).equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT)));
    }

    /** "https://portal.example:443" -> "portal.example"; "null" or garbage -> "" (never equal to a host). */
    static String authorityOf(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
                    || ("http".equals(uri.getScheme()) && port == 80);
            return defaultPort ? host : host + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
