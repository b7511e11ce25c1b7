package org.telerehab.testsupport;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.BrokerAcls;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode inside the test JVM (one per JVM, started on first use) that authorizes as
 * production's does: every client logs in (SASL), each service as its own user with only the ACLs of
 * {@link BrokerAccess}; tests that play another service or read what was published use {@link #clientConfig()}, the
 * broker's super user.
 */
public final class EmbeddedKafka {

    private static final String SUPER_USER = "admin";
    private static final String SUPER_USER_PASSWORD = "admin-test-secret";
    private static final String BOOTSTRAP_PROPERTY = "telerehab.test.kafka.bootstrap-servers";

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        // a Quarkus test profile loads this class again in a class loader of its own: the broker started by the
        // first one is the JVM's broker (a second one in another class loader cannot even authenticate its clients)
        String started = System.getProperty(BOOTSTRAP_PROPERTY);
        if (started == null) {
            started = start().bootstrapServers(); // closed by a shutdown hook
            System.setProperty(BOOTSTRAP_PROPERTY, started);
        }
        return started;
    }

    /** Connection settings of the broker's super user (creates topics, reads and writes anything). */
    public static Map<String, Object> clientConfig() {
        return client(SUPER_USER, SUPER_USER_PASSWORD);
    }

    /** The super user's connection settings and the client's own (serializers, group, ...). */
    public static Map<String, Object> clientConfig(Map<String, ?> settings) {
        Map<String, Object> config = clientConfig();
        config.putAll(settings);
        return config;
    }

    /** Connection settings of a service's own user: only what {@link BrokerAccess} grants it. */
    public static Map<String, Object> serviceConfig(String service) {
        BrokerAccess.of(service);
        return client(service, password(service));
    }

    /** The service's own user with the {@code kafka.} prefix, as a Quarkus application takes them. */
    public static Map<String, String> quarkusConfig(String service) {
        Map<String, String> config = new LinkedHashMap<>();
        serviceConfig(service).forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        return config;
    }

    private static Map<String, Object> client(String user, String password) {
        Map<String, Object> config = new HashMap<>(BrokerAcls.plainClient(user, password));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    private static String password(String user) {
        return user + "-test-secret";
    }

    private static KafkaClusterTestKit start() {
        // a broker fault handler must not halt the test JVM (Kafka's own tests do the same)
        Exit.setExitProcedure((code, message) -> System.err.println("embedded Kafka asked to exit " + code
                + ": " + message));
        Exit.setHaltProcedure((code, message) -> System.err.println("embedded Kafka asked to halt " + code
                + ": " + message));
        Map<String, String> users = new LinkedHashMap<>();
        users.put(SUPER_USER, SUPER_USER_PASSWORD);
        BrokerAccess.SERVICES.forEach(s -> users.put(s.service(), password(s.service())));
        String login = BrokerAcls.plainLogin(SUPER_USER, SUPER_USER_PASSWORD, users);
        try {
            KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT).build())
                    .setConfigProp("listener.name.external.plain.sasl.jaas.config", login)
                    .setConfigProp("listener.name.controller.plain.sasl.jaas.config", login)
                    .setConfigProp("super.users", "User:" + SUPER_USER)
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // tests' own topics (by the super user); the services may not create any
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            started.format();
            started.startup();
            started.waitForReadyBrokers();
            Map<String, Object> admin = new HashMap<>(BrokerAcls.plainClient(SUPER_USER, SUPER_USER_PASSWORD));
            admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, started.bootstrapServers());
            try (Admin client = Admin.create(admin)) {
                BrokerAcls.apply(client, 1, (short) 1);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }));
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded Kafka broker", e);
        }
    }
}
