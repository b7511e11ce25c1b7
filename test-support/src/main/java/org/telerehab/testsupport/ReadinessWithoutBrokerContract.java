package org.telerehab.testsupport;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A broker outage does not take the API out of service: with its database up and Kafka down, the service is ready,
 * says the broker is degraded, and takes writes, whose events wait in the outbox. A service's test class extends
 * this with {@code @QuarkusTest}, {@code @WithTestResource(DatabaseWithoutBroker.class)} and its OIDC resource.
 */
public abstract class ReadinessWithoutBrokerContract {

    /** A write of the service that announces an event (answered while the broker is down). */
    protected abstract Response writeThatAnnouncesAnEvent();

    @Test
    void readyWithTheBrokerDownAndSaysItIsDegraded() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.find { it.name == 'Kafka broker' }.data.broker", equalTo("DEGRADED"));
    }

    @Test
    void writesAreTakenAndTheirEventsWaitInTheOutbox() {
        long pending = TestDatabase.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");

        Response response = writeThatAnnouncesAnEvent();

        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
        assertThat(TestDatabase.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .as("events waiting for the broker").isGreaterThan(pending);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
