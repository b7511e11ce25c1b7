package org.telerehab.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A constant-rate (open-model) load generator in the manner of wrk2: request i is due at start + i / rate whatever
 * happened to earlier requests, and its latency is measured from that intended send time, not from when it could
 * actually be sent. A stall of the service therefore shows in the latency of every request that was due during it
 * (no coordinated omission). At most {@code maxInFlight} requests are outstanding (like wrk2's fixed connection
 * count); a request waiting for a free slot is late, and that wait counts in its latency.
 */
public final class OpenLoad {

    public record Result(double rate, double seconds, long sent, long ok, long errors, Histogram latencyMicros,
                         double achievedRate) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    /** One request: method POST, url, token, body. */
    public record Req(String url, String token, String body) {
    }

    public Result run(double rate, Duration duration, int maxInFlight, IntFunction<Req> requests, boolean record)
            throws InterruptedException {
        Histogram histogram = new Histogram(60_000_000L, 3);
        Semaphore slots = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long lastDone = start;
        int i = 0;
        for (; ; i++) {
            long due = start + i * intervalNanos;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            slots.acquire();
            Req r = requests.apply(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(r.url())).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + r.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(r.body())).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, error) -> {
                long latency = (System.nanoTime() - due) / 1_000;
                slots.release();
                if (error == null && resp.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                synchronized (histogram) {
                    histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                }
            });
        }
        slots.acquire(maxInFlight); // all answered
        slots.release(maxInFlight);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, seconds, i, ok.get(), errors.get(), histogram, ok.get() / seconds);
    }

    static String ms(Histogram h, double percentile) {
        return String.format(java.util.Locale.ROOT, "%.1f", h.getValueAtPercentile(percentile) / 1000.0);
    }

    static List<String> summary(Result r) {
        Histogram h = r.latencyMicros();
        return List.of(ms(h, 50), ms(h, 99), ms(h, 99.9), String.format(java.util.Locale.ROOT, "%.1f",
                h.getMaxValue() / 1000.0));
    }
}
