package org.telerehab.platformkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.BrokerAcls;
import org.telerehab.tlskit.LocalCertificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-node KRaft Kafka broker (broker + controller) in a JVM of its own ({@code kafka.Kafka}), so that it can be
 * killed with SIGKILL and started again on the same log directory. It authorizes as production's broker does: the
 * listener is TLS (a certificate of this machine's own CA, {@link LocalCertificates}) and each service logs in as its
 * own SCRAM-SHA-512 user with only the ACLs of {@link BrokerAccess}, exactly the client settings of the cluster. The
 * broker itself and the platform's admin client log in as the super user with SASL/PLAIN (Strimzi uses its own
 * certificates there). Once it answers, the services' SCRAM credentials, the topics ({@link BrokerAccess#allTopics()},
 * 3 partitions each) and the ACLs are written. Passwords are new for each instance and written only to its own
 * directory.
 */
public final class KafkaServer implements AutoCloseable {

    public static final int PARTITIONS = 3;
    private static final String SUPER_USER = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final ChildProcess process;
    private final String adminPassword = secret();
    private final Map<String, String> servicePasswords = new LinkedHashMap<>();
    private String logLevel = "info";

    /** @param port 0 for any free port; the controller listens on another (port + 1 for a fixed port) */
    public KafkaServer(Path home, int port, Path logFile) {
        this.home = home;
        this.port = port == 0 ? Net.freePort() : port;
        this.controllerPort = port == 0 ? Net.freePort() : port + 1;
        this.process = new ChildProcess("kafka", logFile);
        BrokerAccess.SERVICES.forEach(s -> servicePasswords.put(s.service(), secret()));
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The broker's own log level (slf4j-simple): {@code info} by default. */
    public KafkaServer logLevel(String level) {
        this.logLevel = level;
        return this;
    }

    public ChildProcess process() {
        return process;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrap() {
        return "localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** The CA a client trusts to reach this broker over TLS (PEM). */
    public Path caPem() {
        return home.resolve("tls").resolve("ca.pem");
    }

    private LocalCertificates certificates() {
        try {
            return LocalCertificates.inDirectory(home.resolve("tls"));
        } catch (IOException e) {
            throw new StartupFailure("kafka", process.logFile(), "could not make its TLS certificate: " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("kafka", process.logFile(), "interrupted");
        }
    }

    /** server.properties: the broker's settings, and the super user's password. */
    public Path configFile() {
        return home.resolve("server.properties");
    }

    /** Writes server.properties, formats the log directory on first use, starts the broker JVM. */
    public synchronized void start() {
        Path dataDir = home.resolve("data");
        Path config = configFile();
        try {
            Files.createDirectories(dataDir);
            Files.writeString(config, serverProperties(dataDir));
            // it holds every user's password
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new StartupFailure("kafka", process.logFile(), "could not write " + config + ": " + e.getMessage(), e);
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(config);
        }
        List<String> command = javaCommand();
        command.add("kafka.Kafka");
        command.add(config.toString());
        process.start(command, home, Map.of());
    }

    /** First start only: {@code kafka-storage format --standalone}. */
    private void format(Path config) {
        Path log = process.logFile().resolveSibling("kafka-format.log");
        ChildProcess formatter = new ChildProcess("kafka-format", log);
        List<String> command = javaCommand();
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        formatter.start(command, home, Map.of());
        formatter.awaitExit(Duration.ofSeconds(90));
        if (formatter.exitCode() != 0 || !Files.exists(home.resolve("data").resolve("meta.properties"))) {
            throw new StartupFailure("kafka", log, "storage format failed (exit code " + formatter.exitCode() + ")");
        }
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel,
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dlog4j2.statusLoggerLevel=OFF",
                "-cp", Downloads.kafkaBrokerClasspath()));
        return command;
    }

    private String serverProperties(Path dataDir) {
        // PLAIN knows only the super user, as whom the broker logs in to itself and to its controller (KRaft keeps
        // SCRAM credentials in the metadata the controller serves, so the controller listener cannot use SCRAM)
        String login = BrokerAcls.plainLogin(SUPER_USER, adminPassword, Map.of(SUPER_USER, adminPassword));
        LocalCertificates tls = certificates();
        return String.join(System.lineSeparator(),
                "# written by org.telerehab.platformkit.KafkaServer on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=BROKER://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=BROKER://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=BROKER",
                "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,BROKER:SASL_SSL",
                "listener.name.broker.sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.broker.plain.sasl.jaas.config=" + login,
                "listener.name.broker.scram-sha-512.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.controller.plain.sasl.jaas.config=" + login,
                "listener.name.broker.ssl.keystore.type=PKCS12",
                "listener.name.broker.ssl.keystore.location=" + tls.serverP12().toAbsolutePath(),
                "listener.name.broker.ssl.keystore.password=" + LocalCertificates.PASSWORD,
                // the broker's own connections to this listener check its certificate as every client does
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + tls.caPem().toAbsolutePath(),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + SUPER_USER,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=" + PARTITIONS,
                "auto.create.topics.enable=false",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /**
     * Waits until the broker answers a metadata request, then creates the topics that are missing and the services'
     * ACLs.
     * {@code check} runs between tries (it throws to give up, e.g. when another part died meanwhile).
     */
    public void awaitReady(Instant deadline, Runnable check) {
        Net.awaitPort("kafka", process.logFile(), port, deadline, () -> {
            process.checkAlive();
            check.run();
        });
        try (Admin admin = admin()) {
            while (true) {
                process.checkAlive();
                check.run();
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    admin.alterUserScramCredentials(servicePasswords.entrySet().stream()
                            .map(e -> (UserScramCredentialAlteration) new UserScramCredentialUpsertion(e.getKey(),
                                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), e.getValue()))
                            .toList()).all().get(20, TimeUnit.SECONDS);
                    BrokerAcls.apply(admin, PARTITIONS, (short) 1);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new StartupFailure("kafka", process.logFile(),
                                "not ready on " + bootstrap() + " in time (" + e.getMessage() + ")");
                    }
                    Net.sleep(Duration.ofMillis(300));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupFailure("kafka", process.logFile(), "interrupted");
                }
            }
        }
    }

    public void awaitReady(Duration timeout) {
        awaitReady(Instant.now().plus(timeout), () -> { });
    }

    /** The super user's client settings (reads anything): for tests that look at every record on the broker. */
    public Map<String, Object> superUserClient() {
        Map<String, Object> config = new java.util.HashMap<>(BrokerAcls.plainClient(SUPER_USER, adminPassword,
                caPem().toAbsolutePath().toString()));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return config;
    }

    /** The super user's client (creates topics and ACLs, reads anything). */
    public Admin admin() {
        Properties props = new Properties();
        props.putAll(BrokerAcls.plainClient(SUPER_USER, adminPassword, caPem().toAbsolutePath().toString()));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return Admin.create(props);
    }

    /**
     * What a service needs to reach the broker as itself, as environment variables of a Quarkus application
     * ({@code KAFKA_SASL_JAAS_CONFIG} is {@code kafka.sasl.jaas.config}).
     */
    public Map<String, String> serviceEnvironment(String service) {
        String password = servicePasswords.get(service);
        if (password == null) {
            throw new IllegalArgumentException("no broker user for " + service);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap());
        BrokerAcls.scramClient(service, password, caPem().toAbsolutePath().toString()).forEach((key, value) ->
                env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        return env;
    }

    /** {@code kill -9} of the broker JVM. */
    public void kill9() {
        process.kill9();
    }

    public void stop(Duration grace) {
        process.stop(grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
