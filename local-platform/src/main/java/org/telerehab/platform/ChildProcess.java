package org.telerehab.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One component running as a child process, its output in {@code .local/logs/<name>.log}. */
final class ChildProcess {

    private final String name;
    private final Path logFile;
    private final Path pidFile;
    private volatile Process process;
    private volatile Instant startedAt;

    ChildProcess(String name, Path logDir, Path runDir) {
        this.name = name;
        this.logFile = logDir.resolve(name + ".log");
        this.pidFile = runDir.resolve(name + ".pid");
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    Instant startedAt() {
        return startedAt;
    }

    void start(List<String> command, Path workDir, Map<String, String> env) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            rotate(logFile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            startedAt = Instant.now();
            process = builder.start();
            ProcessHandle.Info info = process.info();
            Files.writeString(pidFile, process.pid() + " " + info.startInstant().map(Instant::toString).orElse("")
                    + System.lineSeparator());
        } catch (IOException e) {
            throw new StartupFailure(name, logFile, "could not be started: " + e.getMessage(), e);
        }
    }

    boolean isStarted() {
        return process != null;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Fails if the process has exited. */
    void checkAlive() {
        if (process != null && !process.isAlive()) {
            throw new StartupFailure(name, logFile, "exited with code " + process.exitValue());
        }
    }

    /** The exit code, or -1 while running (or never started). */
    int exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? -1 : p.exitValue();
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Sends SIGTERM to the process (and, as a fallback, to anything it started). */
    void terminate() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
        }
    }

    /** Waits for the process to end; force-kills it and its descendants after the grace period. */
    void awaitExit(Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> descendants = new ArrayList<>(p.descendants().toList());
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("  " + name + " did not stop within " + grace.toSeconds() + " s; killing it");
                descendants.addAll(p.descendants().toList());
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle d : descendants) {
            if (d.isAlive()) {
                d.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // only a hint for the next run
        }
    }

    /** The last lines of the log, for error messages. */
    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "    (no log written)";
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(text.split("\\R"));
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            StringBuilder out = new StringBuilder();
            for (String line : last) {
                out.append("    | ").append(line).append(System.lineSeparator());
            }
            return out.toString();
        } catch (IOException e) {
            return "    (log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Keeps the previous run's log as {@code <name>.log.1}. */
    static void rotate(Path logFile) throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > 0) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Stops a process this launcher started in an earlier run that was killed before it could clean up (its pid file
     * is still there, and the process with that pid started at the recorded instant).
     */
    void stopLeftover() {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            String[] parts = Files.readString(pidFile).trim().split(" ");
            long pid = Long.parseLong(parts[0]);
            String started = parts.length > 1 ? parts[1] : "";
            ProcessHandle.of(pid).ifPresent(h -> {
                boolean same = h.info().startInstant().map(Instant::toString).orElse("-").equals(started);
                if (same && h.isAlive()) {
                    System.out.println("Stopping " + name + " left over from an earlier run (pid " + pid + ")");
                    List<ProcessHandle> kids = h.descendants().toList();
                    h.destroy();
                    try {
                        h.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        h.destroyForcibly();
                    }
                    kids.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
                }
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | RuntimeException e) {
            // a stale or unreadable pid file is no reason not to start
        }
    }
}
