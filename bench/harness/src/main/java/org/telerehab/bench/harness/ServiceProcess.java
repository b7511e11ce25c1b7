package org.telerehab.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One built Quarkus service ({@code java -jar quarkus-run.jar} from a private copy of its quarkus-app directory, so
 * a rebuild in the tree cannot pull the jars away mid-run), prod profile, on a port of its own that it keeps across
 * restarts, verifying the harness's own signed tokens.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final String name;
    private final Path app;
    private final Path log;
    private final int port;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions;
    private Process process;
    private int starts;

    /**
     * @param built the service's {@code target/quarkus-app} in the tree; copied into {@code work}
     */
    public ServiceProcess(String name, Path built, Path work, PgServer db, String bootstrap, String publicKey,
                          List<String> jvmOptions) throws IOException {
        this.name = name;
        this.app = work.resolve(name + "-app");
        this.log = work.resolve(name + ".log");
        this.port = Util.freePort();
        this.jvmOptions = jvmOptions;
        if (!Files.exists(built.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(built + "/quarkus-run.jar is missing: build the services first");
        }
        Util.copyTree(built, app);
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", PgServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PgServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        // local verification of the harness's RS256 tokens (the kit's default auth-server-url is Keycloak's)
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", "any");
        // progress' DISENGAGED / READY_TO_PROGRESS scan: out of the run (it would raise alerts of its own)
        env.put("TELEREHAB_PROGRESS_CHECK_DELAY", "24h");
    }

    public String name() {
        return name;
    }

    public Map<String, String> env() {
        return env;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the process and waits for /q/health/ready to answer 200; returns process start to ready. */
    public synchronized Duration start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Util.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        starts++;
        Files.writeString(log, "\n==== start " + starts + " at " + Instant.now() + " ====\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        long deadline = t0 + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start:\n"
                        + Util.tail(log, 40));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - t0);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + Util.tail(log, 40));
            }
            Thread.sleep(50);
        }
    }

    /** Quarkus's own "started in X.XXXs" of the latest start, in seconds, or -1. */
    public double quarkusStartedIn() {
        try {
            double last = -1;
            for (String line : Files.readAllLines(log)) {
                Matcher m = STARTED_IN.matcher(line);
                if (m.find()) {
                    last = Double.parseDouble(m.group(1));
                }
            }
            return last;
        } catch (IOException e) {
            return -1;
        }
    }

    public long rssKb() {
        return process == null ? -1 : Util.rssKb(process.pid());
    }

    public synchronized void kill9() throws IOException, InterruptedException {
        if (process != null) {
            Util.kill9(process.pid());
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** SIGTERM and the service's graceful shutdown; forcibly after 40 s. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            Process p = process;
            process = null;
            p.destroy();
            if (!p.waitFor(40, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
