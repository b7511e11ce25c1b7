package org.telerehab.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.telerehab.platform.LocalPlatform;

import java.nio.file.Path;

/**
 * Starts the local platform, the one {@code ./platform.sh} runs (built apps, fresh data), once for all end-to-end
 * test classes, with a data directory of its own so a developer's {@code .local/} is never touched; stops it when
 * the tests are done. Each part's log is in {@code e2e-tests/target/platform-data/logs}.
 */
public class RunningPlatform implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, k -> start(), Handle.class);
    }

    /** The platform the test classes run against (started by the first of them). */
    static LocalPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, k -> start(), Handle.class).platform();
    }

    /** The started platform; JUnit closes it after the last test class. */
    record Handle(LocalPlatform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.close(); // the apps, then Keycloak, Kafka, mail and the object store, then PostgreSQL
        }
    }

    private static Handle start() {
        Path root = Path.of(System.getProperty("telerehab.root", "..")).toAbsolutePath().normalize();
        LocalPlatform platform = LocalPlatform.at(root, root.resolve("e2e-tests/target/platform-data"));
        try {
            platform.start(true);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        System.out.println("[e2e] platform ready (logs: e2e-tests/target/platform-data/logs)");
        return new Handle(platform);
    }
}
