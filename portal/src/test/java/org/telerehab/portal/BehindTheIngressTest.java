package org.telerehab.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as production runs it behind the TLS ingress (the prod profile's proxy and cookie settings): a login
 * sent through a trusted proxy comes back to an https address of the public host, with Secure cookies. The test
 * client is the trusted proxy (loopback, the default of TELEREHAB_TRUSTED_PROXIES).
 */
@QuarkusTest
@TestProfile(BehindTheIngressTest.ProductionProxySettings.class)
@WithTestResource(OidcWiremockTestResource.class)
class BehindTheIngressTest {

    /** The %prod settings of application.properties, in the test profile. */
    public static class ProductionProxySettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.oidc.authentication.force-redirect-https-scheme", "true",
                    "quarkus.oidc.authentication.cookie-force-secure", "true");
        }
    }

    @Test
    void aLoginThroughTheIngressReturnsToTheHttpsPublicAddressWithSecureCookies() {
        Response response = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "telerehab.example.org")
                .when().get("/patient");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(response.header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("redirect_uri=https://telerehab.example.org/patient");
        assertThat(response.headers().getValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
