package org.telerehab.registry;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.telerehab.platform.LocalPlatform;
import org.telerehab.platformkit.KeycloakServer;
import org.telerehab.platformkit.MailServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The real account servers for registry-service's tests: Keycloak with the local platform's realm (the
 * {@code telerehab-registry} client and its service account as they run on the platform) and GreenMail taking its
 * mail, Keycloak's (invitations) and registry's own (notifications). Started once per test JVM, on free ports,
 * stopped when the JVM ends: {@code @WithTestResource}.
 */
public class AccountServers implements QuarkusTestResourceLifecycleManager {

    private static final Path HOME = Path.of("target", "account-servers").toAbsolutePath();
    private static final Duration KEYCLOAK_START = Duration.ofMinutes(4);
    private static MailServer mail;
    private static KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        startOnce();
        return Map.of(
                "quarkus.keycloak.admin-client.server-url", "http://localhost:" + keycloak.port(),
                "quarkus.keycloak.admin-client.client-secret", LocalPlatform.REGISTRY_CLIENT_SECRET,
                "telerehab.registry.invitation.redirect-uri", "http://localhost:8080/",
                // registry's own mails (the notifications) go to the same server as Keycloak's
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", String.valueOf(mail.smtpPort()),
                "quarkus.mailer.from", "Telerehab <no-reply@telerehab.local>",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    private static synchronized void startOnce() {
        if (keycloak != null) {
            return;
        }
        mail = new MailServer(HOME.resolve("mail"), 0, 0, 0, HOME.resolve("mail.log"));
        mail.start();
        mail.awaitReady(Instant.now().plusSeconds(60), () -> { });
        keycloak = new KeycloakServer(HOME.resolve("keycloak"), org.telerehab.platformkit.Net.freePort(),
                LocalPlatform.REALM, HOME.resolve("keycloak.log"));
        try {
            KeycloakServer.deleteData(HOME.resolve("keycloak")); // a fresh realm each run, the unzipped server kept
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keycloak.start(realmMailingTo(mail.smtpPort()), "admin", "admin");
        keycloak.awaitReady(Instant.now().plus(KEYCLOAK_START), () -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            mail.close();
        }, "account-servers-stop"));
    }

    /** The local realm, its SMTP server moved to the test's mail server. */
    private static InputStream realmMailingTo(int smtpPort) {
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/realm/telerehab-realm.json")) {
            String realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String moved = realm.replace("\"port\": \"" + LocalPlatform.SMTP_PORT + "\"", "\"port\": \"" + smtpPort
                    + "\"");
            if (moved.equals(realm)) {
                throw new IllegalStateException("the local realm names no SMTP port " + LocalPlatform.SMTP_PORT);
            }
            return new ByteArrayInputStream(moved.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the servers live for the JVM
    }

    public static MailServer mail() {
        return mail;
    }
}
