package org.telerehab.platformkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible object store for local use and tests: S3Proxy's jar (from Maven Central, {@link Downloads}) over a
 * directory (jclouds' filesystem backend), AWS signature v2 or v4 with a fixed local key pair. Any S3 client talks
 * to it with path-style access and the endpoint override.
 */
public final class ObjectStore implements AutoCloseable {

    /** Local only: the access key and secret every local client uses. */
    public static final String ACCESS_KEY = "local-identity";
    public static final String SECRET_KEY = "local-credential";

    private final Path home;
    private final int port;
    private final ChildProcess process;

    /** @param port 0 for any free port */
    public ObjectStore(Path home, int port, Path logFile) {
        this.home = home;
        this.port = port == 0 ? Net.freePort() : port;
        this.process = new ChildProcess("object-store", logFile);
    }

    public ChildProcess process() {
        return process;
    }

    public int port() {
        return port;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        Path data = home.resolve("data");
        Path config = home.resolve("s3proxy.conf");
        try {
            Files.createDirectories(data);
            Files.writeString(config, String.join(System.lineSeparator(),
                    "# written by org.telerehab.platformkit.ObjectStore on every start",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data.toAbsolutePath(),
                    ""));
        } catch (IOException e) {
            throw new StartupFailure("object-store", process.logFile(), "could not write " + config + ": "
                    + e.getMessage(), e);
        }
        process.start(List.of(ChildProcess.javaExecutable(), "-Xmx256m", "-jar", Downloads.s3ProxyJar().toString(),
                "--properties", config.toString()), home, Map.of());
    }

    /** Waits until the S3 API answers (an anonymous request is refused: that is an answer). */
    public void awaitReady(Instant deadline, Runnable check) {
        while (Net.httpStatus(endpoint() + "/") < 0) {
            process.checkAlive();
            check.run();
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure("object-store", process.logFile(), "not answering on " + endpoint() + " in time");
            }
            Net.sleep(Duration.ofMillis(200));
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
