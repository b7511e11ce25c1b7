package org.telerehab.kit.limits;

import java.time.Duration;

/**
 * One caller's budget of writes: a token bucket that holds at most {@code burst} writes and refills at
 * {@code perMinute} a minute. A patient logs a session or a check-in a few times a day and a therapist edits a
 * plan a few times an hour, so the budget only ever stops scripts (a stolen token, a runaway client).
 */
public final class WriteBudget {

    private final int burst;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    public WriteBudget(int perMinute, int burst, long nowNanos) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a budget needs at least one write a minute and a burst of one");
        }
        this.burst = burst;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.tokens = burst;
        this.refilledAt = nowNanos;
    }

    /** Takes one write from the budget; false when none is left. */
    public synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** How long until the next write is allowed (zero when one is). */
    public synchronized Duration waitFor(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }

    /** Whether the budget is full again, so forgetting it changes nothing. */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perNano);
            refilledAt = nowNanos;
        }
    }
}
