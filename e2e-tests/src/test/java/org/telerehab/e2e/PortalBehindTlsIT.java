package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerehab.platform.LocalPlatform;
import org.telerehab.tlskit.LocalCertificates;
import org.telerehab.platformkit.Net;
import org.telerehab.platformkit.QuarkusApp;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as production runs it: the prod profile with nothing relaxed, behind a TLS-terminating reverse proxy
 * (the ingress controller's part: https outside, X-Forwarded-* inside), reaching Keycloak over HTTPS and checking its
 * certificate against a CA of the test's own (as it checks the cluster's internal CA). A patient signs in with
 * Chromium through the proxy.
 */
@ExtendWith(RunningPlatform.class)
class PortalBehindTlsIT {

    private static final Path ROOT = Path.of(System.getProperty("telerehab.root", ".."));
    private static final Path WORK = ROOT.resolve("e2e-tests/target/portal-behind-tls");

    private static TlsProxy keycloakProxy;
    private static TlsProxy portalProxy;
    private static QuarkusApp portal;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        LocalCertificates certificates = LocalCertificates.create(WORK);
        keycloakProxy = new TlsProxy(certificates, LocalPlatform.KEYCLOAK_PORT);
        int portalPort = Net.freePort();
        portalProxy = new TlsProxy(certificates, portalPort);
        Keycloak.allowPortalRedirectsTo(portalProxy.url());
        portal = new QuarkusApp("portal-behind-tls", ROOT.resolve("portal/target/quarkus-app"), portalPort,
                WORK.resolve("portal.log"))
                .env("TELEREHAB_KEYCLOAK_URL", keycloakProxy.url() + "/realms/" + LocalPlatform.REALM)
                // as deploy/base/apps/portal.env does with the cluster's internal CA
                .env("QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME", "keycloak")
                .env("QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS", certificates.caPem().toString())
                .env("QUARKUS_OIDC_CLIENT_ID", "telerehab-portal")
                .env("TELEREHAB_PORTAL_CLIENT_SECRET", "portal-local-secret")
                .env("TELEREHAB_PORTAL_STATE_SECRET", "portal-behind-tls-test-state-secret-0123456789")
                .env("TELEREHAB_PORTAL_SESSION_SECRET", "portal-behind-tls-test-session-secret-0123456789")
                .env("TELEREHAB_TRUSTED_PROXIES", "127.0.0.1")
                .env(Map.of("QUARKUS_REST_CLIENT_INTAKE_URL", Platform.INTAKE,
                        "QUARKUS_REST_CLIENT_PROGRAM_URL", Platform.PROGRAM,
                        "QUARKUS_REST_CLIENT_PROGRESS_URL", Platform.PROGRESS,
                        "QUARKUS_REST_CLIENT_REGISTRY_URL", Platform.REGISTRY));
        portal.startAndAwait(Duration.ofSeconds(120));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("telerehab.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.close();
        }
        for (TlsProxy proxy : new TlsProxy[] {portalProxy, keycloakProxy}) {
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    void aPatientSignsInThroughTheTlsProxyAndTheSessionCookiesAreSecure() {
        // the browser does not know the test's CA; the portal does, and checks Keycloak's certificate with it
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true))) {
            Page page = context.newPage();
            List<String> portalResponses = new ArrayList<>();
            page.onResponse(r -> {
                if (r.url().startsWith(portalProxy.url())) {
                    portalResponses.add(r.status() + " " + r.headerValue("strict-transport-security"));
                }
            });
            page.navigate(portalProxy.url() + "/login");

            URI login = URI.create(page.url());
            assertThat(login.getPath()).endsWith("/protocol/openid-connect/auth");
            assertThat(query(login, "redirect_uri")).as("the redirect URI the proxy's https, not the portal's http")
                    .startsWith(portalProxy.url() + "/");
            page.locator("#username").fill("patient1");
            page.locator("#password").fill("patient1");
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(portalProxy.url()) && !url.contains("code="));

            // signed in, and the APIs took the token the portal got over HTTPS (no "session expired" in words)
            assertThat(page.locator(".who")).containsText("patient1");
            assertThat(page.locator("#logout")).isVisible();
            assertThat(page.locator("body")).not().containsText("Your session has expired");
            List<Cookie> session = context.cookies(portalProxy.url()).stream()
                    .filter(c -> c.name.startsWith("q_session")).toList();
            assertThat(session).as("the session cookie").isNotEmpty().allSatisfy(c -> {
                assertThat(c.secure).as(c.name + " Secure").isTrue();
                assertThat(c.httpOnly).as(c.name + " HttpOnly").isTrue();
                assertThat(c.sameSite).as(c.name + " SameSite").isEqualTo(SameSiteAttribute.LAX);
            });
            assertThat(portalResponses).as("HSTS on the portal's answers").isNotEmpty()
                    .allMatch(r -> r.contains("max-age="));
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    /** The local realm's portal client, through Keycloak's admin API (local data only: admin / admin). */
    private static final class Keycloak {
        private static final String BASE = Platform.KEYCLOAK.substring(0, Platform.KEYCLOAK.indexOf("/realms/"));

        @SuppressWarnings("unchecked")
        static void allowPortalRedirectsTo(String origin) {
            String admin = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", "admin", "password", "admin"))
                    .when().post(BASE + "/realms/master/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            String clients = BASE + "/admin/realms/" + LocalPlatform.REALM + "/clients";
            Map<String, Object> client = given().auth().oauth2(admin).queryParam("clientId", "telerehab-portal")
                    .when().get(clients).then().statusCode(200).extract().path("[0]");
            List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
            redirects.add(origin + "/*");
            client.put("redirectUris", redirects);
            given().auth().oauth2(admin).contentType("application/json").body(client)
                    .when().put(clients + "/" + client.get("id")).then().statusCode(204);
        }
    }
}
