package org.telerehab.platformkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Ports and readiness: what every part's start waits on. */
public final class Net {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Net() {
    }

    /** A port nothing listens on right now (for parts that may run on any port). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    public static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answered. */
    public static int httpStatus(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until something listens on the port; {@code check} runs between tries (it throws to give up). */
    public static void awaitPort(String component, Path log, int port, Instant deadline, Runnable check) {
        while (!listening(port)) {
            check.run();
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(component, log, "not listening on :" + port + " in time");
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** Waits until the URL answers 200; {@code check} runs between tries (it throws to give up). */
    public static void awaitHttpOk(String component, Path log, String url, Instant deadline, Runnable check) {
        while (httpStatus(url) != 200) {
            check.run();
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(component, log, "not ready: " + url + " did not answer 200 in time");
            }
            sleep(Duration.ofMillis(250));
        }
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
