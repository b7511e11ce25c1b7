package org.telerehab.bench;

import java.util.Arrays;

/** Latency figures of one series of requests (nanoseconds in, milliseconds out). */
record Stats(int count, double p50, double p90, double p99, double max, double mean) {

    static Stats of(long[] nanos, int count) {
        if (count == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Stats(count, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(sorted[count - 1]), sum / count / 1e6);
    }

    /** Nearest-rank percentile of a sorted series. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
