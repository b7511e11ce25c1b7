package org.telerehab.testsupport;

import org.telerehab.platformkit.ObjectStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A real S3-compatible object store for the test JVM: S3Proxy as a process over a scratch directory (the local
 * platform's {@link ObjectStore}), started on first use and stopped with the JVM. Tests of what happens when the
 * store is gone {@link #stop()} it and {@link #start()} it again on the same port, with the same objects.
 */
public final class EmbeddedObjectStore {

    public static final String BUCKET = "telerehab-test-media";
    // a Quarkus test profile loads this class again in a class loader of its own: the process is the JVM's
    private static final String ENDPOINT_PROPERTY = "telerehab.test.object-store.endpoint";
    private static final String PID_PROPERTY = "telerehab.test.object-store.pid";
    private static final String HOME_PROPERTY = "telerehab.test.object-store.home";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private EmbeddedObjectStore() {
    }

    /** The settings of program-service's {@code MediaConfig} that point it at this store. */
    public static Map<String, String> quarkusConfig() {
        return Map.of(
                "telerehab.media.store.endpoint", endpoint(),
                "telerehab.media.store.access-key", ObjectStore.ACCESS_KEY,
                "telerehab.media.store.secret-key", ObjectStore.SECRET_KEY,
                "telerehab.media.store.bucket", BUCKET,
                "telerehab.media.store.create-bucket", "true");
    }

    public static synchronized String endpoint() {
        String started = System.getProperty(ENDPOINT_PROPERTY);
        if (started == null) {
            started = launch(0).endpoint();
        }
        return started;
    }

    /** Stops the store (as a crash would: at once); requests to it fail until {@link #start()}. */
    public static synchronized void stop() {
        Optional.ofNullable(System.getProperty(PID_PROPERTY)).map(Long::parseLong).flatMap(ProcessHandle::of)
                .ifPresent(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
    }

    /** Starts the store again on its port, over the same directory. */
    public static synchronized void start() {
        String endpoint = endpoint();
        launch(Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1)));
    }

    private static ObjectStore launch(int port) {
        // the first start gets a fresh directory; a restart keeps it, and with it the objects
        Path home = Optional.ofNullable(System.getProperty(HOME_PROPERTY)).map(Path::of)
                .orElseGet(() -> ScratchDirectories.forThisJvm("object-store"));
        ObjectStore store = new ObjectStore(home, port, home.resolve("object-store.log"));
        store.start();
        store.awaitReady(Instant.now().plus(START_TIMEOUT), () -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "object-store-stop"));
        System.setProperty(HOME_PROPERTY, home.toString());
        System.setProperty(ENDPOINT_PROPERTY, store.endpoint());
        System.setProperty(PID_PROPERTY, Long.toString(store.process().pid()));
        return store;
    }
}
