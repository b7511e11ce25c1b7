package org.telerehab.testsupport;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service shows ops: ready when its own database (migrated by Flyway) answers, with the Kafka broker's
 * state shown ({@link ReadinessWithoutBrokerContract}: a broker outage alone does not make it unready). A service's test class extends this and adds {@code @QuarkusTest} and its test resources.
 */
public abstract class ServiceReadinessContract {

    @Test
    void readyWithDatabaseAndKafkaChecksUp() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"))
                .body("checks.findAll { it.name.contains('Database') || it.name.contains('Kafka') }.status",
                        everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'Kafka broker' }.data.broker", equalTo("UP"));
    }

    @Test
    void liveAndObservable() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("telerehab_outbox_pending"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."));
    }

    @Test
    void flywayMigratedTheKitAndTheServiceSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FILTER (WHERE version LIKE '0.%'), count(*) FILTER (WHERE version NOT LIKE '0.%'),"
                             + " count(*) FILTER (WHERE NOT success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the kit's migrations (0.x)").isGreaterThanOrEqualTo(2);
            assertThat(rs.getInt(2)).as("the service's own migrations (1 and up)").isGreaterThanOrEqualTo(1);
            assertThat(rs.getInt(3)).as("failed migrations").isZero();
        }
    }
}
