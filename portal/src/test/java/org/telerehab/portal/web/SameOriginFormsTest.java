package org.telerehab.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SameOriginFormsTest {

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void aFormPostedFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("pain", "9").when().post("/patient/checkin")
                .then().statusCode(403).body(containsString("sent from another website"));
        given().header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParam("pain", "9").when().post("/patient/checkin").then().statusCode(403);
        given().header("Origin", "null").contentType("application/x-www-form-urlencoded")
                .formParam("pain", "9").when().post("/patient/checkin").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aFormFromThePortalItselfReachesTheUsualChecks() {
        // an admin may not edit the library: the page's own 403, proving the request got past the origin check
        String ownOrigin = RestAssured.baseURI + ":" + RestAssured.port;
        given().header("Origin", ownOrigin).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .when().post("/therapist/exercises/new")
                .then().statusCode(403).body(containsString("You cannot open this page"));
    }

    @Test
    void originsAreComparedByHostAndPort() {
        assertThat(SameOriginForms.authorityOf("https://portal.example:443")).isEqualTo("portal.example");
        assertThat(SameOriginForms.authorityOf("http://localhost:8080")).isEqualTo("localhost:8080");
        assertThat(SameOriginForms.authorityOf("null")).isEmpty();
        assertThat(SameOriginForms.authorityOf("not a url")).isEmpty();
    }
}
