package org.telerehab.kit.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "telerehab.messaging")
public interface MessagingConfig {

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        /** Off only for narrow tests that must not publish. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for rows when no commit woke it (a commit wakes it at once). */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long to wait for Kafka's acknowledgement of a batch. */
        @WithDefault("30s")
        Duration sendTimeout();

        /** Published rows are kept this long for diagnosis, then deleted. */
        @WithDefault("7d")
        Duration retention();

        /** Longest pause between attempts while Kafka or the database is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();
    }

    interface Consumer {
        /** Attempts (each in a new transaction) before an event goes to the channel's dead-letter topic. */
        @WithDefault("12")
        int maxAttempts();

        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }
}
