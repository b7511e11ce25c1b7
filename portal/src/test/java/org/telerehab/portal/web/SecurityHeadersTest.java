package org.telerehab.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the browser is told about every page: no inline script, no framing, no sniffing, health data never cached. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SecurityHeadersTest {

    @Test
    @TestSecurity(user = "22222222-2222-4222-8222-222222222222", roles = "patient")
    void aSignedInPageIsNeverCachedNorFramed() {
        Response page = given().redirects().follow(false).when().get("/patient/checkin");

        assertThat(page.statusCode()).isEqualTo(200); // the page itself (its zone unknown here: the UTC day)
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertPolicy(page);
    }

    @Test
    void theLandingPageAndTheStaticFilesCarryThePolicyButMayBeCached() {
        Response landing = given().when().get("/");
        assertPolicy(landing);
        assertThat(landing.header("Cache-Control")).isNotEqualTo("no-store");

        Response script = given().when().get("/static/portal.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static void assertPolicy(Response response) {
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
