package org.telerehab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Where a test JVM's servers keep their files: one directory per JVM, named by its process id, under one root in
 * the system's temporary directory.
 * <p>
 * A JVM killed before its shutdown hooks run (PIT kills a mutation minion that times out; a build is interrupted)
 * leaves its PostgreSQL server running, because {@code pg_ctl} detaches it, and half a gigabyte of files behind.
 * Hundreds of those once filled the build machine's disk. So the first server a test JVM starts first stops every
 * PostgreSQL server a dead JVM left and deletes that JVM's directory.
 */
public final class ScratchDirectories {

    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "telerehab-test-jvms");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static boolean swept;

    private ScratchDirectories() {
    }

    /** A fresh, empty directory {@code name} of this JVM's; what dead JVMs left is cleared first. */
    public static synchronized Path forThisJvm(String name) {
        if (!swept) {
            sweep(ROOT);
            swept = true;
        }
        Path dir = ROOT.resolve(Long.toString(ProcessHandle.current().pid())).resolve(name);
        try {
            deleteTree(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir, e);
        }
    }

    /**
     * Stops the PostgreSQL servers in, and deletes, every directory under {@code root} whose JVM is gone; directories
     * of live JVMs (other builds running in parallel) are left alone. Returns the directories deleted.
     */
    static List<Path> sweep(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> jvms = Files.list(root)) {
            List<Path> orphans = jvms.filter(dir -> !jvmAlive(dir.getFileName().toString())).toList();
            for (Path orphan : orphans) {
                stopPostgresServersIn(orphan);
                deleteTree(orphan);
            }
            return orphans;
        } catch (IOException e) {
            // a sweep that fails must not fail the tests: the next JVM tries again
            System.err.println("could not clear the test servers of dead JVMs under " + root + ": " + e);
            return List.of();
        }
    }

    private static boolean jvmAlive(String directoryName) {
        try {
            return ProcessHandle.of(Long.parseLong(directoryName)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours: leave it
        }
    }

    /** Every {@code postmaster.pid} under {@code dir} names a server; its first line is the postmaster's pid. */
    private static void stopPostgresServersIn(Path dir) throws IOException {
        List<Path> pidFiles;
        try (Stream<Path> files = Files.walk(dir, 4)) {
            pidFiles = files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                    .map(String::strip).filter(line -> line.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                    // a recycled pid may belong to anything now: only a postgres process is stopped
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            postmaster.ifPresent(ScratchDirectories::stop);
        }
    }

    private static void stop(ProcessHandle postmaster) {
        // its clients died with their JVM; the files go next, so there is nothing to shut down gently
        postmaster.destroyForcibly();
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("PostgreSQL server " + postmaster.pid() + " did not stop: " + e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
