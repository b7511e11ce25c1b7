package org.telerehab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * A real database of its own, and a Kafka broker that is down (a port nobody listens on):
 * {@code @WithTestResource(DatabaseWithoutBroker.class)}. For what a service does while the broker is out.
 */
public class DatabaseWithoutBroker extends RealInfrastructure {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("kafka.bootstrap.servers", "127.0.0.1:" + portNobodyListensOn());
        // the relay waits this long for a broker that never answers, also when the application stops
        config.put("telerehab.messaging.outbox.send-timeout", "3s");
        return config;
    }

    private static int portNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
