package org.telerehab.bench.harness;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka 4.1 broker (broker + controller) in a child JVM ({@code kafka.Kafka}, on this harness's
 * own classpath, as local-platform starts it), so that it can be killed with SIGKILL and started again on the same
 * log directory.
 */
public final class KafkaProcess implements AutoCloseable {

    public static final List<String> TOPICS = List.of("intake.screenings.v1", "program.care.v1", "progress.alerts.v1");

    private final Path home;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaProcess(Path work) throws IOException {
        this.home = work.resolve("kafka");
        this.log = work.resolve("kafka.log");
        this.port = Util.freePort();
        this.controllerPort = Util.freePort();
    }

    public String bootstrap() {
        return "localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized void start() throws IOException, InterruptedException {
        Path data = home.resolve("data");
        Path config = home.resolve("server.properties");
        Files.createDirectories(data);
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.partitions=3",
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
                ""));
        if (!Files.exists(data.resolve("meta.properties"))) {
            List<String> format = javaCommand();
            format.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
            Process p = new ProcessBuilder(format).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kafka storage format failed:\n" + Util.tail(log, 30));
            }
        }
        List<String> command = javaCommand();
        command.add("kafka.Kafka");
        command.add(config.toString());
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Util.javaExecutable());
        command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dlog4j2.statusLoggerLevel=OFF",
                "-cp", System.getProperty("java.class.path")));
        return command;
    }

    /** Waits until the broker answers a metadata request; creates the contract's topics (3 partitions) if missing. */
    public void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (true) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("kafka exited with " + process.exitValue() + ":\n" + Util.tail(log, 40));
                }
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                    List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                            .map(t -> new NewTopic(t, 3, (short) 1)).toList();
                    if (!missing.isEmpty()) {
                        admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                    }
                    return;
                } catch (Exception e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("kafka not ready in " + timeout + ": " + e + "\n" + Util.tail(log, 40));
                    }
                    Thread.sleep(300);
                }
            }
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return Admin.create(props);
    }

    /** kill -9 of the broker's JVM. */
    public synchronized void kill9() throws IOException, InterruptedException {
        if (process != null) {
            Util.kill9(process.pid());
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
