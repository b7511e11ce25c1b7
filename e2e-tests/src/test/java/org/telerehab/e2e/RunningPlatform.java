package org.telerehab.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the local platform exactly as a developer does ({@code ./platform.sh --no-build --fresh}), once for all
 * end-to-end test classes, with a data directory of its own so a developer's {@code .local/} is never touched;
 * stops it with SIGTERM when the tests are done.
 */
public class RunningPlatform implements BeforeAllCallback {

    static final String READY_LINE = "Telerehab local platform is ready";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Map<Integer, String> PORTS = Map.of(15432, "PostgreSQL", 9092, "Kafka", 8180, "Keycloak",
            8080, "portal", 8081, "intake-service", 8082, "program-service", 8083, "progress-service");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, k -> start(), Handle.class);
    }

    /** The started platform; JUnit closes it after the last test class. */
    static final class Handle implements ExtensionContext.Store.CloseableResource {
        private final Process process;
        private final Path log;

        Handle(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: the launcher stops the apps, then Keycloak and Kafka, then PostgreSQL
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            System.out.println("[e2e] platform stopped; its console is in " + log);
        }
    }

    private static Handle start() {
        Path root = Path.of(System.getProperty("telerehab.root", "..")).toAbsolutePath().normalize();
        for (var port : PORTS.entrySet()) {
            if (inUse(port.getKey())) {
                throw new IllegalStateException(port.getValue() + "'s port " + port.getKey() + " is in use: stop the "
                        + "local platform (or whatever holds it) before the end-to-end tests, or pass -DskipITs");
            }
        }
        Path log = root.resolve("e2e-tests/target/platform-console.log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", "platform.sh", "--no-build", "--fresh"))
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("TELEREHAB_DATA_DIR", "e2e-tests/target/platform-data");
            Process process = builder.start();
            Handle handle = new Handle(process, log);
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (Files.readString(log).contains(READY_LINE)) {
                    System.out.println("[e2e] platform ready (console: " + log + ")");
                    return handle;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the platform exited with " + process.exitValue()
                            + " before it was ready:\n" + tail(log));
                }
                Thread.sleep(1000);
            }
            handle.close();
            throw new IllegalStateException("the platform was not ready within " + START_TIMEOUT + ":\n" + tail(log));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start ./platform.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
