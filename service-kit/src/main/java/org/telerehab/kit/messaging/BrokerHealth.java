package org.telerehab.kit.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The broker as the readiness report shows it: never a reason to take the API out of service. A write commits its
 * event to the outbox, which the relay publishes once the broker is back, so a broker outage degrades the service
 * (events wait, consumers pause) without stopping it. The check answers UP and says {@code broker: DEGRADED} with the
 * events waiting; ops alert on that, and on {@code telerehab_outbox_pending}. The Kafka connector's own readiness
 * checks, which would take every API down with the broker, are off (service-kit's configuration).
 */
@Readiness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    /** A probe every few seconds from each kubelet must not become a request to the broker each time. */
    private static final Duration CACHE = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, Object> kafkaConfig;
    private final OutboxRelayService relay;
    private volatile Admin admin;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile String lastProblem;

    @Inject
    BrokerHealth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxRelayService relay) {
        this.kafkaConfig = kafkaConfig;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        String problem = brokerProblem();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka broker").up()
                .withData("broker", problem == null ? "UP" : "DEGRADED");
        if (problem != null) {
            response.withData("problem", problem);
        }
        try {
            response.withData("outboxPending", relay.pendingEvents());
        } catch (java.sql.SQLException e) {
            response.withData("outboxPending", "unknown");
        }
        return response.build();
    }

    private synchronized String brokerProblem() {
        if (Instant.now().isBefore(checkedAt.plus(CACHE))) {
            return lastProblem;
        }
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            lastProblem = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lastProblem = "interrupted";
        } catch (Exception e) {
            lastProblem = "unreachable: events wait in the outbox";
        }
        checkedAt = Instant.now();
        return lastProblem;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> props = new HashMap<>();
            // the connection and security settings the channels use; only those an admin client knows
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "telerehab-broker-health");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            admin = Admin.create(props);
        }
        return admin;
    }
}
