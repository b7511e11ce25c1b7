package org.telerehab.platformkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One built Quarkus app (a service or the portal) as a process: {@code java -jar quarkus-run.jar} from its
 * {@code target/quarkus-app}, prod profile, on a port it keeps across restarts, ready when
 * {@code /q/health/ready} answers 200. The environment (datasource, Kafka, OIDC) is the caller's.
 */
public final class QuarkusApp implements AutoCloseable {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final String name;
    private Path app;
    private final int port;
    private final ChildProcess process;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Path workDir;

    /**
     * @param built the app's {@code target/quarkus-app}
     * @param port  0 for any free port
     */
    public QuarkusApp(String name, Path built, int port, Path logFile) {
        this.name = name;
        this.app = built;
        this.port = port == 0 ? Net.freePort() : port;
        this.process = new ChildProcess(name, logFile);
        this.workDir = built.getParent();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(this.port));
    }

    /** Runs from a private copy in {@code dir}, so that a rebuild in the tree cannot pull the jars away mid-run. */
    public QuarkusApp privateCopyIn(Path dir) {
        Path copy = dir.resolve(name + "-app");
        try {
            if (!Files.exists(copy)) {
                requireBuilt();
                FileTrees.copy(app, copy);
            }
        } catch (IOException e) {
            throw new StartupFailure(name, process.logFile(), "cannot copy " + app + ": " + e.getMessage(), e);
        }
        this.app = copy;
        this.workDir = copy;
        return this;
    }

    public QuarkusApp workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    public QuarkusApp env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public QuarkusApp env(Map<String, String> values) {
        env.putAll(values);
        return this;
    }

    public QuarkusApp jvm(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** Replaces the options given to {@link #jvm}, for the next start (a benchmark trying one option at a time). */
    public QuarkusApp replaceJvm(List<String> options) {
        jvmOptions.clear();
        jvmOptions.addAll(options);
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String healthUrl() {
        return baseUrl() + "/q/health/ready";
    }

    public ChildProcess process() {
        return process;
    }

    public Map<String, String> environment() {
        return Map.copyOf(env);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isBuilt() {
        return Files.isRegularFile(app.resolve("quarkus-run.jar"));
    }

    private void requireBuilt() {
        if (!isBuilt()) {
            throw new StartupFailure(name, null, app.resolve("quarkus-run.jar") + " is missing: build the apps first");
        }
    }

    /** Starts the process; {@link #awaitReady} waits for it. */
    public void start() {
        requireBuilt();
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        process.start(command, workDir, env);
    }

    /** Waits until /q/health/ready answers 200; {@code check} runs between tries (it throws to give up). */
    public void awaitReady(Instant deadline, Runnable check) {
        Net.awaitHttpOk(name, process.logFile(), healthUrl(), deadline, () -> {
            process.checkAlive();
            check.run();
        });
    }

    /** Starts and waits; answers process start to ready. */
    public Duration startAndAwait(Duration timeout) {
        start();
        awaitReady(process.startedAt().plus(timeout), () -> { });
        return Duration.between(process.startedAt(), Instant.now());
    }

    /** Quarkus's own "started in X.XXXs" of the latest start, in seconds, or -1. */
    public double quarkusStartedIn() {
        try {
            double last = -1;
            for (String line : Files.readAllLines(process.logFile())) {
                Matcher m = STARTED_IN.matcher(line);
                if (m.find()) {
                    last = Double.parseDouble(m.group(1));
                }
            }
            return last;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code kill -9}: no graceful shutdown, in-flight requests get no answer. */
    public void kill9() {
        process.kill9();
    }

    /** SIGTERM and the app's graceful shutdown; SIGKILL after the grace period. */
    public void stop(Duration grace) {
        process.stop(grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(40));
    }
}
