package org.telerehab.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

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

/**
 * A single-node KRaft Kafka broker (broker + controller) in a child JVM, on this module's own runtime classpath
 * (kafka_2.13, kafka-server, kafka-tools, slf4j-simple). Data in {@code .local/kafka/data}.
 */
final class KafkaBroker {

    static final String BOOTSTRAP = "localhost:9092";
    static final List<String> TOPICS = List.of("intake.screenings.v1", "program.care.v1", "progress.alerts.v1");

    private final Path home;
    private final Path runDir;
    private final ChildProcess process;

    KafkaBroker(Path home, Path logDir, Path runDir) {
        this.home = home;
        this.runDir = runDir;
        this.process = new ChildProcess("kafka", logDir, runDir);
    }

    ChildProcess process() {
        return process;
    }

    void start() {
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

    /** First run only: {@code kafka-storage format --standalone}. */
    private void format(Path config) {
        ChildProcess formatter = new ChildProcess("kafka-format", process.logFile().getParent(), runDir);
        List<String> command = javaCommand();
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        formatter.start(command, home, Map.of());
        formatter.awaitExit(Duration.ofSeconds(60));
        if (formatter.exitCode() != 0) {
            throw new StartupFailure("kafka", formatter.logFile(),
                    "storage format failed (exit code " + formatter.exitCode() + ")");
        }
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            throw new StartupFailure("kafka", formatter.logFile(), "storage format wrote no meta.properties");
        }
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(LocalPlatform.javaExecutable());
        command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dlog4j2.statusLoggerLevel=OFF",
                "-cp", System.getProperty("java.class.path")));
        return command;
    }

    private static String serverProperties(Path dataDir) {
        return String.join(System.lineSeparator(),
                "# written by org.telerehab.platform.LocalPlatform on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:9093",
                "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
                "advertised.listeners=PLAINTEXT://localhost:9092",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    /** Waits until the broker answers, then creates the contract's topics if missing. */
    void awaitReadyAndCreateTopics(Instant deadline, Runnable checkOthers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        LocalPlatform.awaitPort("kafka", process.logFile(), 9092, deadline, () -> {
            process.checkAlive();
            checkOthers.run();
        });
        try (Admin admin = Admin.create(props)) {
            while (true) {
                process.checkAlive();
                checkOthers.run();
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                    List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                            .map(t -> new NewTopic(t, 3, (short) 1)).toList();
                    if (!missing.isEmpty()) {
                        try {
                            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                        } catch (ExecutionException e) {
                            if (!(e.getCause() instanceof TopicExistsException)) {
                                throw e;
                            }
                        }
                    }
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new StartupFailure("kafka", process.logFile(),
                                "not ready on " + BOOTSTRAP + " in time (" + e.getMessage() + ")");
                    }
                    LocalPlatform.sleep(Duration.ofMillis(500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupFailure("kafka", process.logFile(), "interrupted");
                }
            }
        }
    }
}
