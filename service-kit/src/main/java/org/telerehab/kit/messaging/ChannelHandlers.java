package org.telerehab.kit.messaging;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A service's consumers by incoming channel, so that a replay of the channel's dead letters applies them exactly as
 * the channel does (through {@link IdempotentConsumer}), inside the service: the broker lets a service write only
 * its own topic, so a dead letter cannot be sent back to the topic it came from.
 */
public interface ChannelHandlers {

    /** Each incoming channel of the bean and the method its {@code @Incoming} calls with a record's value. */
    Map<String, Consumer<String>> byChannel();
}
