package org.telerehab.bench;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Red flag to PAUSED: each patient in turn sends a check-in with an emergency red flag, then program-service's
 * database is polled until the patient's plan is PAUSED. The first patients warm the path (three JVMs' cold code,
 * the first publish to the alerts topic) and are reported apart; every measured sample keeps its place in the run,
 * so that an outlier can be told from a warm-up effect (early) or a stall of the machine (anywhere).
 */
final class RedFlagPhase {

    private static final long TIMEOUT_NANOS = 30_000_000_000L;

    /**
     * One red flag: its place in the run, when it was sent (ms into the phase), POST answered and PAUSED (µs); for
     * the slowest and the warm-up, its stages from the databases' clocks (ms; -1 unknown): the check-in's transaction
     * start (the outbox row's created_at) to the relay's mark of it as published (after the broker's ack), and from
     * there to the start of program's transaction that paused the plan (processed_event's processed_at).
     */
    record Sample(int index, String patientId, long sentAtMs, long postMicros, long pausedMicros,
                  double toPublishedMs, double toConsumedMs) {

        Sample withStages(double published, double consumed) {
            return new Sample(index, patientId, sentAtMs, postMicros, pausedMicros, published, consumed);
        }

        boolean timedOut() {
            return pausedMicros < 0;
        }
    }

    record Result(List<Sample> warmUp, List<Sample> measured) {

        Histogram post() {
            Histogram h = new Histogram(60_000_000L, 3);
            measured.forEach(s -> h.recordValue(s.postMicros()));
            return h;
        }

        Histogram paused() {
            Histogram h = new Histogram(60_000_000L, 3);
            measured.stream().filter(s -> !s.timedOut()).forEach(s -> h.recordValue(s.pausedMicros()));
            return h;
        }

        long timeouts() {
            return measured.stream().filter(Sample::timedOut).count();
        }

        String markdown() {
            Histogram post = post();
            Histogram e2e = paused();
            StringBuilder md = new StringBuilder("## Red flag to PAUSED\n\n");
            md.append(String.format(Locale.ROOT, "%d patients, one at a time, after %d others to warm the path: "
                            + "`POST /api/checkins` with `SADDLE_NUMBNESS`, then program-service's database polled "
                            + "(about every millisecond) until the patient's plan is `PAUSED` (progress commits the "
                            + "check-in, its alert and the AlertRaised outbox row; its relay publishes; program "
                            + "consumes and pauses the plan).%n%n"
                            + "| measure | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |%n|---|---:|---:|---:|---:|%n"
                            + "| POST /api/checkins answered | %s | %s | %s | %s |%n"
                            + "| check-in sent to plan PAUSED in program's database | %s | %s | %s | %s |%n%n"
                            + "Over 100 ms to PAUSED: %d; over 250 ms: %d; over 500 ms: %d. "
                            + "Timeouts (not PAUSED within 30 s): %d.%n%n",
                    measured.size(), warmUp.size(), OpenLoad.ms(post, 50), OpenLoad.ms(post, 90),
                    OpenLoad.ms(post, 99), OpenLoad.ms(post, 100), OpenLoad.ms(e2e, 50), OpenLoad.ms(e2e, 90),
                    OpenLoad.ms(e2e, 99), OpenLoad.ms(e2e, 100), over(e2e, 100), over(e2e, 250), over(e2e, 500),
                    timeouts()));
            md.append(timeLine());
            return md.toString();
        }

        /** The warm-up's figures and the slowest measured samples with their place in the run. */
        String timeLine() {
            StringBuilder md = new StringBuilder();
            md.append("Stages from the databases' clocks: *to published* = from the check-in transaction's start "
                    + "(the outbox row's `created_at`) to the relay marking the event published after the broker's "
                    + "ack; *to consumed* = from there to the start of program's transaction that paused the "
                    + "plan.\n\n");
            if (!warmUp.isEmpty()) {
                md.append("The warm-up, in order (not counted above):\n\n").append(table(warmUp, "warm-up #"));
            }
            md.append("The ten slowest of the ").append(measured.size()).append(" measured:\n\n")
                    .append(table(slowest(measured), "#"));
            return md.toString();
        }
    }

    private static List<Sample> slowest(List<Sample> samples) {
        List<Sample> slowest = new ArrayList<>(samples);
        slowest.sort(Comparator.comparingLong((Sample s) -> s.timedOut() ? Long.MAX_VALUE : s.pausedMicros())
                .reversed());
        return slowest.subList(0, Math.min(10, slowest.size()));
    }

    private static String table(List<Sample> samples, String place) {
        StringBuilder md = new StringBuilder("| " + place + " | sent at (s into the phase) | POST answered (ms) "
                + "| to published (ms) | to consumed (ms) | PAUSED (ms) |\n|---:|---:|---:|---:|---:|---:|\n");
        for (Sample s : samples) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %s | %s | %s | %s |%n", s.index() + 1,
                    s.sentAtMs() / 1000.0, ms(s.postMicros()), stage(s.toPublishedMs()), stage(s.toConsumedMs()),
                    ms(s.pausedMicros())));
        }
        return md.append('\n').toString();
    }

    private static String stage(double ms) {
        return ms < 0 ? "-" : String.format(Locale.ROOT, "%.1f", ms);
    }

    private RedFlagPhase() {
    }

    /** {@code patients}: token, planId, patientId; the first {@code warmUp} of them warm the path. */
    static Result run(Cluster cluster, Http http, List<String[]> patients, int warmUp) throws Exception {
        System.out.println("red flag -> PAUSED for " + patients.size() + " patients (" + warmUp
                + " to warm up), one at a time ...");
        String progressUrl = cluster.url("progress");
        List<Sample> samples = new ArrayList<>();
        long phaseStart = System.nanoTime();
        try (Connection programDb = cluster.connect("program");
             PreparedStatement status = programDb.prepareStatement(
                     "SELECT 1 FROM care_plan WHERE patient_id = ? AND status = 'PAUSED'")) {
            for (String[] p : patients) {
                String body = "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"pain\":4,"
                        + "\"redFlags\":[\"SADDLE_NUMBNESS\"],\"notes\":null}";
                long t0 = System.nanoTime();
                Http.Res r = http.post(progressUrl + "/api/checkins", p[0], body);
                long answered = System.nanoTime();
                if (r.status() != 201) {
                    throw new IllegalStateException("check-in answered " + r.status() + ": " + r.body());
                }
                status.setObject(1, UUID.fromString(p[2]));
                long paused = -1;
                while (System.nanoTime() - t0 < TIMEOUT_NANOS) {
                    try (ResultSet rs = status.executeQuery()) {
                        if (rs.next()) {
                            paused = (System.nanoTime() - t0) / 1000;
                            break;
                        }
                    }
                    Thread.sleep(0, 500_000);
                }
                int index = samples.size() < warmUp ? samples.size() : samples.size() - warmUp;
                samples.add(new Sample(index, p[2], (t0 - phaseStart) / 1_000_000, (answered - t0) / 1000, paused,
                        -1, -1));
            }
        }
        int split = Math.min(warmUp, samples.size());
        List<Sample> measured = new ArrayList<>(samples.subList(split, samples.size()));
        List<Sample> warm = new ArrayList<>(samples.subList(0, split));
        for (Sample s : withStages(cluster, slowest(measured))) {
            measured.set(s.index(), s);
        }
        Result result = new Result(withStages(cluster, warm), measured);
        Histogram e2e = result.paused();
        System.out.printf(Locale.ROOT, "  POST p50 %s ms; to PAUSED p50 %s ms, p90 %s ms, p99 %s ms, max %s ms "
                        + "(%d timeouts)%n", OpenLoad.ms(result.post(), 50), OpenLoad.ms(e2e, 50), OpenLoad.ms(e2e, 90),
                OpenLoad.ms(e2e, 99), OpenLoad.ms(e2e, 100), result.timeouts());
        System.out.print(result.timeLine());
        return result;
    }

    /** The samples' stages from progress' outbox and program's processed events (same machine, same clock). */
    private static List<Sample> withStages(Cluster cluster, List<Sample> samples) {
        List<Sample> staged = new ArrayList<>();
        try (Connection progress = cluster.connect("progress");
             PreparedStatement outbox = progress.prepareStatement("SELECT id, created_at, published_at"
                     + " FROM outbox_event WHERE event_type = 'AlertRaised' AND event_key = ?");
             Connection program = cluster.connect("program");
             PreparedStatement processed = program.prepareStatement(
                     "SELECT min(processed_at) FROM processed_event WHERE event_id = ?")) {
            for (Sample s : samples) {
                staged.add(stages(outbox, processed, s));
            }
        } catch (SQLException e) {
            System.err.println("  no stages: " + e.getMessage());
            return samples;
        }
        return staged;
    }

    private static Sample stages(PreparedStatement outbox, PreparedStatement processed, Sample s) throws SQLException {
        outbox.setString(1, s.patientId());
        try (ResultSet o = outbox.executeQuery()) {
            if (!o.next() || o.getTimestamp(3) == null) {
                return s;
            }
            Instant created = o.getTimestamp(2).toInstant();
            Instant published = o.getTimestamp(3).toInstant();
            processed.setObject(1, o.getObject(1));
            try (ResultSet p = processed.executeQuery()) {
                double toConsumed = p.next() && p.getTimestamp(1) != null
                        ? Duration.between(published, p.getTimestamp(1).toInstant()).toNanos() / 1e6 : -1;
                return s.withStages(Duration.between(created, published).toNanos() / 1e6, toConsumed);
            }
        }
    }

    private static long over(Histogram h, long millis) {
        return h.getTotalCount() - h.getCountBetweenValues(0, millis * 1000);
    }

    private static String ms(long micros) {
        return micros < 0 ? "timeout" : String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
