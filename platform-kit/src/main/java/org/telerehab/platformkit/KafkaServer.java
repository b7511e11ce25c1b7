package org.telerehab.platformkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.telerehab.events.Topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-node KRaft Kafka broker (broker + controller) in a JVM of its own ({@code kafka.Kafka}), so that it can be
 * killed with SIGKILL and started again on the same log directory. The contract's topics ({@link Topics#ALL}, 3
 * partitions each) are created when missing once it answers.
 */
public final class KafkaServer implements AutoCloseable {

    public static final int PARTITIONS = 3;

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final ChildProcess process;
    private String logLevel = "info";

    /** @param port 0 for any free port; the controller listens on another (port + 1 for a fixed port) */
    public KafkaServer(Path home, int port, Path logFile) {
        this.home = home;
        this.port = port == 0 ? Net.freePort() : port;
        this.controllerPort = port == 0 ? Net.freePort() : port + 1;
        this.process = new ChildProcess("kafka", logFile);
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

    /** Writes server.properties, formats the log directory on first use, starts the broker JVM. */
    public synchronized void start() {
        Path dataDir = home.resolve("data");
        Path config = home.resolve("server.properties");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(config, serverProperties(dataDir));
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
        return String.join(System.lineSeparator(),
                "# written by org.telerehab.platformkit.KafkaServer on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=" + PARTITIONS,
                "auto.create.topics.enable=true",
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
     * Waits until the broker answers a metadata request, then creates the contract's topics that are missing.
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
                    Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                    List<NewTopic> missing = Topics.ALL.stream().filter(t -> !existing.contains(t))
                            .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
                    if (!missing.isEmpty()) {
                        try {
                            admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                        } catch (ExecutionException e) {
                            if (!(e.getCause() instanceof TopicExistsException)) {
                                throw e;
                            }
                        }
                    }
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

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return Admin.create(props);
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
