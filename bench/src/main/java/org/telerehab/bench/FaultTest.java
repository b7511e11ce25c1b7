package org.telerehab.bench;

import org.telerehab.platformkit.PostgresServer;
import org.telerehab.platformkit.QuarkusApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fault test (issue 8): the three services, one PostgreSQL server each and a Kafka broker as processes; a steady
 * stream of patients through the whole loop; during it kill -9 the broker and start it again, kill -9
 * progress-service and start it again, kill -9 one service's PostgreSQL postmaster and start it again (crash
 * recovery); then wait for the outboxes to drain
 * and the consumer groups to catch up, and reconcile the driver's record with the databases and Kafka.
 * Exit code 0 when nothing was lost or doubled, 1 otherwise.
 */
public final class FaultTest {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args);
        Path root = Path.of(opt.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path work = Path.of(opt.get("work"));
        boolean quick = opt.containsKey("quick");
        int duration = Integer.parseInt(opt.getOrDefault("duration", quick ? "60" : "150"));
        int workers = Integer.parseInt(opt.getOrDefault("workers", "6"));
        String victim = opt.getOrDefault("pg-victim", "program");
        String results = opt.get("results");
        // how long the victim's PostgreSQL stays down; the consumers retry a failing event for about 31 s
        // (telerehab.messaging.consumer: 12 attempts, 100 ms doubling to 5 s) before dead-lettering it
        int pgDown = Integer.parseInt(opt.getOrDefault("pg-down", quick ? "4" : "8"));
        List<String> jvm = List.of(opt.getOrDefault("service-jvm", "-Xmx384m -XX:+UseSerialGC").split("\\s+"));

        ConcurrentLinkedQueue<String> timeline = new ConcurrentLinkedQueue<>();
        Instant t0 = Instant.now();
        java.util.function.Consumer<String> mark = s -> {
            String line = String.format(Locale.ROOT, "%6.1f s  %s",
                    Duration.between(t0, Instant.now()).toMillis() / 1000.0, s);
            timeline.add(line);
            System.out.println("  " + line);
        };

        boolean clean;
        try (Cluster cluster = new Cluster(root, work, jvm)) {
            System.out.println("Starting PostgreSQL x3, Kafka, intake-, program-, progress-service ...");
            cluster.start();
            mark.accept("platform up (services ready in " + cluster.firstStart.values().stream()
                    .map(d -> d.toMillis() + " ms").toList() + ")");

            Driver driver = new Driver(cluster.tokens, cluster.url("intake"), cluster.url("program"),
                    cluster.url("progress"));
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Thread t = new Thread(driver::work, "driver-" + i);
                t.start();
                threads.add(t);
            }
            long start = System.nanoTime();
            mark.accept("driver started: " + workers + " workers for " + duration + " s");

            at(start, duration * 0.15);
            mark.accept("kill -9 Kafka broker (pid " + cluster.kafka.pid() + ")");
            cluster.kafka.kill9();
            Util.sleep(quick ? 5_000 : 10_000);
            cluster.kafka.start();
            cluster.kafka.awaitReady(Duration.ofSeconds(120));
            mark.accept("Kafka broker back (pid " + cluster.kafka.pid() + ")");

            at(start, duration * 0.40);
            QuarkusApp progress = cluster.service("progress");
            mark.accept("kill -9 progress-service (pid " + progress.pid() + ")");
            progress.kill9();
            Util.sleep(2_000);
            Duration back = progress.startAndAwait(Duration.ofSeconds(180));
            mark.accept("progress-service back (ready " + back.toMillis() + " ms after its start)");

            at(start, duration * 0.65);
            PostgresServer pg = cluster.pg.get(victim);
            mark.accept("kill -9 PostgreSQL of " + victim + "-service (postmaster pid " + pg.postmasterPid()
                    + "), down for " + pgDown + " s");
            pg.crash();
            Util.sleep(pgDown * 1000L);
            pg.start(Duration.ofSeconds(90));
            mark.accept("PostgreSQL of " + victim + "-service back after crash recovery");

            at(start, duration);
            driver.stopNewPatients();
            mark.accept("no new patients; waiting for the ones in flight");
            for (Thread t : threads) {
                t.join();
            }
            mark.accept("driver done: " + driver.patients.size() + " patients, " + driver.attempts.get()
                    + " HTTP writes (" + driver.ambiguousAnswers.get() + " without a clear answer, "
                    + driver.waitsForEvents.get() + " waits for an event)");

            Reconciler rec = new Reconciler(cluster, driver);
            Duration settle = rec.awaitQuiet(Duration.ofSeconds(240));
            mark.accept("outboxes drained and consumer lag 0 after " + settle.toMillis() + " ms"
                    + (rec.quiet ? "" : " (NOT quiet: timed out)"));
            rec.reconcile();
            String report = rec.report(victim, duration, workers, List.copyOf(timeline), jvm);
            System.out.println();
            System.out.println(report);
            if (results != null) {
                Path file = Path.of(results).resolve("fault-" + LocalDate.now(ZoneOffset.UTC) + ".md");
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(file, "# Fault test results\n\nProduced by `bench/run-fault-test.sh` "
                            + "(see bench/README.md). Each section is one run.\n");
                }
                Files.writeString(file, "\n" + report, StandardOpenOption.APPEND);
                System.out.println("Appended to " + file);
            }
            clean = rec.clean();
        }
        // only after the cluster is closed: System.exit inside the try would skip close() and orphan the services
        System.exit(clean ? 0 : 1);
    }

    private static void at(long startNanos, double seconds) {
        long wait = startNanos + (long) (seconds * 1e9) - System.nanoTime();
        if (wait > 0) {
            Util.sleep(wait / 1_000_000);
        }
    }
}
