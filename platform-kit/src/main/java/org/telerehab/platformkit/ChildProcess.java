package org.telerehab.platformkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the platform running as a child process, its output in a log file of its own. It can be started
 * again after it stopped or was killed (the log then gets a start marker, or the previous run's log is kept as
 * {@code <log>.1} when {@link #rotateLog} is set). With a pid file, a process left over by a launcher that was
 * killed before it could clean up is found and stopped on the next run.
 */
public final class ChildProcess {

    private final String name;
    private final Path logFile;
    private Path pidFile;
    private boolean rotateLog;
    private volatile Process process;
    private volatile Instant startedAt;
    private int starts;

    public ChildProcess(String name, Path logFile) {
        this.name = name;
        this.logFile = logFile;
    }

    /** Records pid and start instant in this file while the process runs (see {@link #stopLeftover()}). */
    public ChildProcess pidFile(Path file) {
        this.pidFile = file;
        return this;
    }

    /** Each start begins a new log and keeps the previous one as {@code <log>.1}; otherwise starts append. */
    public ChildProcess rotateLog(boolean rotate) {
        this.rotateLog = rotate;
        return this;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized void start(List<String> command, Path workDir, Map<String, String> env) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            starts++;
            if (rotateLog) {
                rotate(logFile);
            } else if (starts > 1 || Files.exists(logFile)) {
                Files.writeString(logFile, System.lineSeparator() + "==== " + name + " start " + starts + " at "
                        + Instant.now() + " ====" + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            startedAt = Instant.now();
            process = builder.start();
            if (pidFile != null) {
                Files.createDirectories(pidFile.toAbsolutePath().getParent());
                Files.writeString(pidFile, process.pid() + " "
                        + process.info().startInstant().map(Instant::toString).orElse("") + System.lineSeparator());
            }
        } catch (IOException e) {
            throw new StartupFailure(name, logFile, "could not be started: " + e.getMessage(), e);
        }
    }

    public boolean isStarted() {
        return process != null;
    }

    public boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** Fails, naming the process and its log, if it was started and has exited. */
    public void checkAlive() {
        Process p = process;
        if (p != null && !p.isAlive()) {
            throw new StartupFailure(name, logFile, "exited with code " + p.exitValue());
        }
    }

    /** The exit code, or -1 while running (or never started). */
    public int exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? -1 : p.exitValue();
    }

    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /** SIGTERM; {@link #awaitExit} waits for it. */
    public void terminate() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
        }
    }

    /** SIGTERM, then waits; SIGKILL to it and its descendants after the grace period. */
    public void stop(Duration grace) {
        terminate();
        awaitExit(grace);
    }

    /** Waits for the process to end; force-kills it and whatever it started after the grace period. */
    public void awaitExit(Duration grace) {
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
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deletePidFile();
    }

    /** SIGKILL, as {@code kill -9} sends it: no shutdown hook, no graceful close. Waits until it is gone. */
    public void kill9() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroyForcibly(); // SIGKILL on Linux
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deletePidFile();
    }

    private void deletePidFile() {
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // only a hint for the next run
            }
        }
    }

    /**
     * Stops a process started by an earlier launcher that was killed before it could clean up: its pid file is still
     * there, and the process with that pid started at the recorded instant (so a reused pid is left alone).
     */
    public void stopLeftover() {
        if (pidFile == null || !Files.exists(pidFile)) {
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

    /** The last lines of a log, indented, for error messages. */
    public static String tail(Path file, int lines) {
        try {
            if (file == null || !Files.exists(file)) {
                return "    (no log written)";
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(text.split("\\R"));
            StringBuilder out = new StringBuilder();
            for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                out.append("    | ").append(line).append(System.lineSeparator());
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return "    (log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Keeps the previous run's log as {@code <name>.1}. */
    public static void rotate(Path logFile) throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > 0) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The java executable of the running JVM: every Java child runs on the same Java as its launcher. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
