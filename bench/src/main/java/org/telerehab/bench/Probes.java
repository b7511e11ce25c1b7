package org.telerehab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the time of a phase went, to read the figures on a small, shared machine: CPU time burnt by the service,
 * by PostgreSQL and by the client (this JVM) with the Kafka broker's JVM, from /proc; and the service's own view of its request
 * time, from its Prometheus metrics (http_server_requests_seconds).
 */
final class Probes {

    /** CPU seconds so far of the service, of PostgreSQL (postmaster and its children), of this JVM and Kafka's. */
    record Cpu(double service, double postgres, double harness) {
        Cpu minus(Cpu before) {
            return new Cpu(service - before.service, postgres - before.postgres, harness - before.harness);
        }
    }

    /** Requests the service counted for one URI template, and the seconds it spent on them. */
    record ServerTime(double count, double seconds) {
        ServerTime minus(ServerTime before) {
            return new ServerTime(count - before.count, seconds - before.seconds);
        }

        double meanMillis() {
            return count == 0 ? Double.NaN : seconds / count * 1000;
        }
    }

    private static final double TICKS = ticksPerSecond();

    private Probes() {
    }

    static Cpu cpu(long servicePid, long postmasterPid, long kafkaPid) {
        return new Cpu(seconds(servicePid), postgresSeconds(postmasterPid),
                seconds(ProcessHandle.current().pid()) + seconds(kafkaPid));
    }

    static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double seconds(long pid) {
        long[] s = stat(pid);
        return s == null ? Double.NaN : (s[1] + s[2]) / TICKS;
    }

    /** utime + stime of the postmaster and every process it started (backends, walwriter, checkpointer ...). */
    private static double postgresSeconds(long postmaster) {
        if (postmaster <= 0) {
            return Double.NaN;
        }
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                long[] s = stat(pid);
                if (s != null && (pid == postmaster || s[0] == postmaster)) {
                    ticks += s[1] + s[2];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS;
    }

    /** {ppid, utime, stime} from /proc/[pid]/stat, or null. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }

    static ServerTime serverTime(HttpClient http, String baseUrl, String uriTemplate) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            double count = 0;
            double sum = 0;
            String marker = "uri=\"" + uriTemplate + "\"";
            for (String line : r.body().split("\n")) {
                if (!line.contains(marker)) {
                    continue;
                }
                if (line.startsWith("http_server_requests_seconds_count{")) {
                    count += value(line);
                } else if (line.startsWith("http_server_requests_seconds_sum{")) {
                    sum += value(line);
                }
            }
            return new ServerTime(count, sum);
        } catch (IOException | RuntimeException e) {
            return new ServerTime(Double.NaN, Double.NaN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServerTime(Double.NaN, Double.NaN);
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
    }
}
