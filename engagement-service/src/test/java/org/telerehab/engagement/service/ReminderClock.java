package org.telerehab.engagement.service;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** The tests' clock: the scheduler's turns, one every {@code step}, from one instant to another. */
final class ReminderClock {

    private ReminderClock() {
    }

    /** Plans and sends at every step from {@code from} (inclusive) to {@code to} (exclusive). */
    static void run(ReminderPlanning planning, ReminderDispatch dispatch, Instant from, Instant to, Duration step) {
        each(from, to, step, now -> {
            planning.planDue(now);
            dispatch.sendDue(now);
        });
    }

    static void each(Instant from, Instant to, Duration step, Consumer<Instant> turn) {
        for (Instant now = from; now.isBefore(to); now = now.plus(step)) {
            turn.accept(now);
        }
    }
}
