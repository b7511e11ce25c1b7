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
        // as in production: the owner migrates, the service runs as a role that can only add to the audit trail
        String owner = EmbeddedPostgres.role(EmbeddedPostgres.OWNER_ROLE);
        String runtime = EmbeddedPostgres.role(EmbeddedPostgres.RUNTIME_ROLE);
        jdbcUrl = EmbeddedPostgres.newDatabase("svc", owner);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", runtime,
                "quarkus.datasource.password", runtime,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", owner,
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
