package org.telerehab.kit.messaging;

import java.time.Duration;

/** Outbox settings for tests: short timeouts, a small batch, and a poll interval of the test's choosing. */
final class RelaySettings {

    private RelaySettings() {
    }

    static MessagingConfig withPollInterval(Duration pollInterval) {
        MessagingConfig.Outbox outbox = new MessagingConfig.Outbox() {
            @Override
            public boolean relayEnabled() {
                return true;
            }

            @Override
            public Duration pollInterval() {
                return pollInterval;
            }

            @Override
            public int batchSize() {
                return 2;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(7);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMillis(200);
            }
        };
        return new MessagingConfig() {
            @Override
            public Outbox outbox() {
                return outbox;
            }

            @Override
            public Consumer consumer() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
