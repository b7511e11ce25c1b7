package org.telerehab.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class LandingPageTest {

    @Test
    void servesTheLandingPageAndIsReady() {
        given().when().get("/").then().statusCode(200).body(containsString("Telerehab"));
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
