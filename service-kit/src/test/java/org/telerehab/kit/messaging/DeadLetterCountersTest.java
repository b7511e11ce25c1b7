package org.telerehab.kit.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dead-letter count as Prometheus scrapes it: a series per consumer from its first event, at zero. */
class DeadLetterCountersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IdempotentConsumer.DeadLetterCounters counters = new IdempotentConsumer.DeadLetterCounters(registry);

    @Test
    void aConsumerHasItsSeriesAtZeroBeforeItsFirstDeadLetterSoTheAlertSeesThatOne() {
        counters.seen("program.alerts");

        assertThat(count("program.alerts")).isZero();

        counters.accept("program.alerts");
        counters.accept("program.alerts");
        counters.seen("program.alerts");

        assertThat(count("program.alerts")).isEqualTo(2);
        assertThat(registry.find(IdempotentConsumer.DEAD_LETTERED).tag("consumer", "progress.screenings").counter())
                .as("no series for a consumer that never had an event").isNull();
    }

    private double count(String consumer) {
        return registry.get(IdempotentConsumer.DEAD_LETTERED).tag("consumer", consumer).counter().count();
    }
}
