package org.telerehab.platformkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mail server for local use and tests: GreenMail's standalone jar (from Maven Central, {@link Downloads}) with SMTP
 * and IMAP, authentication off, so any mailbox can be read over IMAP with its own address as user and password.
 * Nothing leaves the machine. GreenMail's REST API would take 8080 (the portal's port); it is moved to
 * {@code apiPort} on the loopback address.
 */
public final class MailServer implements AutoCloseable {

    private final Path home;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private final ChildProcess process;

    /** @param smtpPort 0 for any free port; likewise imapPort and apiPort */
    public MailServer(Path home, int smtpPort, int imapPort, int apiPort, Path logFile) {
        this.home = home;
        this.smtpPort = smtpPort == 0 ? Net.freePort() : smtpPort;
        this.imapPort = imapPort == 0 ? Net.freePort() : imapPort;
        this.apiPort = apiPort == 0 ? Net.freePort() : apiPort;
        this.process = new ChildProcess("mail", logFile);
    }

    public ChildProcess process() {
        return process;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public int apiPort() {
        return apiPort;
    }

    public void start() {
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new StartupFailure("mail", process.logFile(), "cannot create " + home + ": " + e.getMessage(), e);
        }
        process.start(List.of(ChildProcess.javaExecutable(), "-Xmx128m",
                // a port of its own defines each server (with greenmail.setup.* too it would be defined twice)
                "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                "-jar", Downloads.greenMailJar().toString()), home, Map.of());
    }

    /**
     * Waits until SMTP, IMAP and the API listen (GreenMail opens the API last: a test that reads the mailboxes right
     * after a restart met a refused connection when only SMTP and IMAP were awaited).
     */
    public void awaitReady(Instant deadline, Runnable check) {
        Runnable alive = () -> {
            process.checkAlive();
            check.run();
        };
        Net.awaitPort("mail", process.logFile(), smtpPort, deadline, alive);
        Net.awaitPort("mail", process.logFile(), imapPort, deadline, alive);
        Net.awaitPort("mail", process.logFile(), apiPort, deadline, alive);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
