package org.telerehab.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Binds a Quarkus test to a real PostgreSQL database of its own and the JVM's real Kafka broker:
 * {@code @WithTestResource(RealInfrastructure.class)}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static volatile String jdbcUrl;

    @Override
    public Map<String, String> start() {
        jdbcUrl = EmbeddedPostgres.newDatabase("svc");
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // the server and broker live for the JVM; the database is simply left behind with it
    }

    /** The database of the application under test, for assertions straight in SQL. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }
}
