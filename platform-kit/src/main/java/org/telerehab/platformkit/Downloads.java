package org.telerehab.platformkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where Maven put what the child processes run: the Keycloak distribution, the GreenMail and S3Proxy jars, and the
 * Kafka broker's classpath. Written into this jar when it is built ({@code artifacts.properties},
 * {@code kafka-broker.classpath}); a path that has gone since (a cleaned Maven repository) says how to get it back.
 */
public final class Downloads {

    private static final Properties ARTIFACTS = load();

    private Downloads() {
    }

    public static Path keycloakDistribution() {
        return existing("keycloak.dist", "Keycloak distribution zip");
    }

    public static Path greenMailJar() {
        return existing("greenmail.jar", "GreenMail standalone jar");
    }

    public static Path s3ProxyJar() {
        return existing("s3proxy.jar", "S3Proxy jar");
    }

    /** The classpath of the Kafka broker JVM: Kafka 4.1 (kafka_2.13, kafka-server, kafka-tools), slf4j-simple. */
    public static String kafkaBrokerClasspath() {
        try (InputStream in = Downloads.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath is missing from platform-kit: rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String key, String what) {
        String value = ARTIFACTS.getProperty(key, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(what + ": not recorded in platform-kit's artifacts.properties: rebuild "
                    + "platform-kit (./mvnw -pl platform-kit package)");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(what + " " + path + " is gone: rebuild platform-kit (./mvnw -pl "
                    + "platform-kit package) so that Maven downloads it again");
        }
        return path;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Downloads.class.getResourceAsStream("artifacts.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
