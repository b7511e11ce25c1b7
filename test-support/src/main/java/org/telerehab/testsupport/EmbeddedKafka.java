package org.telerehab.testsupport;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.BrokerAcls;
import org.telerehab.tlskit.LocalCertificates;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode inside the test JVM (one per JVM, started on first use) that authorizes as
 * production's does: the listener is TLS (a certificate of a CA of the test run's own, {@link LocalCertificates}) and
 * each service logs in as its own SCRAM-SHA-512 user with only the ACLs of {@link BrokerAccess}, the client settings
 * of the cluster. Tests that play another service or read what was published use {@link #clientConfig()}, the
 * broker's super user (SASL/PLAIN over the same TLS, as whom the broker also logs in to itself).
 */
public final class EmbeddedKafka {

    private static final String SUPER_USER = "admin";
    private static final String SUPER_USER_PASSWORD = "admin-test-secret";
    private static final Path TLS = Path.of(System.getProperty("java.io.tmpdir"), "telerehab-test-kafka-tls");
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
        Map<String, Object> config = new HashMap<>(BrokerAcls.plainClient(SUPER_USER, SUPER_USER_PASSWORD, caPem()));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
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
        Map<String, Object> config = new HashMap<>(BrokerAcls.scramClient(service, password(service), caPem()));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    /** The service's own user with the {@code kafka.} prefix, as a Quarkus application takes them. */
    public static Map<String, String> quarkusConfig(String service) {
        Map<String, String> config = new LinkedHashMap<>();
        serviceConfig(service).forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        return config;
    }

    private static String caPem() {
        return TLS.resolve("ca.pem").toAbsolutePath().toString();
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
        // PLAIN knows only the super user, as whom the broker logs in to itself and to its controller (KRaft keeps
        // SCRAM credentials in the metadata the controller serves: they are written once the broker runs)
        String login = BrokerAcls.plainLogin(SUPER_USER, SUPER_USER_PASSWORD, Map.of(SUPER_USER, SUPER_USER_PASSWORD));
        try {
            LocalCertificates tls = LocalCertificates.inDirectory(TLS);
            KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBaseDirectory(ScratchDirectories.forThisJvm("kafka"))
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT).build())
                    // the test kit accepts only plain-text protocols when it builds the listeners: TLS is added here
                    .setConfigProp("listener.security.protocol.map", "EXTERNAL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT")
                    .setConfigProp("listener.name.external.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN")
                    .setConfigProp("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                    .setConfigProp("sasl.mechanism.controller.protocol", "PLAIN")
                    .setConfigProp("listener.name.external.plain.sasl.jaas.config", login)
                    .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp("listener.name.controller.plain.sasl.jaas.config", login)
                    .setConfigProp("listener.name.external.ssl.keystore.type", "PKCS12")
                    .setConfigProp("listener.name.external.ssl.keystore.location", tls.serverP12().toString())
                    .setConfigProp("listener.name.external.ssl.keystore.password", LocalCertificates.PASSWORD)
                    .setConfigProp("ssl.truststore.type", "PEM")
                    .setConfigProp("ssl.truststore.location", tls.caPem().toString())
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
            Map<String, Object> admin = new HashMap<>(BrokerAcls.plainClient(SUPER_USER, SUPER_USER_PASSWORD,
                    tls.caPem().toAbsolutePath().toString()));
            admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, started.bootstrapServers());
            try (Admin client = Admin.create(admin)) {
                client.alterUserScramCredentials(BrokerAccess.SERVICES.stream()
                        .map(s -> (UserScramCredentialAlteration) new UserScramCredentialUpsertion(s.service(),
                                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(s.service())))
                        .toList()).all().get(30, TimeUnit.SECONDS);
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
