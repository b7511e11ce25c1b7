package org.telerehab.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Binds a Quarkus test to a real PostgreSQL database of its own and the JVM's real Kafka broker, and a service that
 * keeps media ({@code telerehab.media.*} in its application.properties) to the JVM's real object store:
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
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", runtime,
                "quarkus.datasource.password", runtime,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", owner));
        // as in production: the service logs in to the broker as itself, with only its own ACLs
        Properties application = applicationProperties();
        config.putAll(EmbeddedKafka.quarkusConfig(application.getProperty("quarkus.application.name")));
        if (application.stringPropertyNames().stream().anyMatch(k -> k.startsWith("telerehab.media."))) {
            config.putAll(EmbeddedObjectStore.quarkusConfig());
        }
        return config;
    }

    /** The application.properties of the service under test. */
    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("no application.properties on the test's class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
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
