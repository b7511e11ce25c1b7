package org.telerehab.platformkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip Maven downloaded ({@link Downloads}), unzipped once into
 * {@code <home>/dist}, run with {@code kc.sh start-dev} and a realm imported on start. Its {@code data} directory
 * (the dev-file database and the import folder) is {@code <home>/data}, so that a fresh start can drop it and keep
 * the 180 MB distribution.
 */
public final class KeycloakServer implements AutoCloseable {

    private final Path home;
    private final int port;
    private final String realm;
    private final ChildProcess process;

    /** @param realm the realm's name, as in the imported JSON */
    public KeycloakServer(Path home, int port, String realm, Path logFile) {
        this.home = home;
        this.port = port;
        this.realm = realm;
        this.process = new ChildProcess("keycloak", logFile);
    }

    public ChildProcess process() {
        return process;
    }

    public int port() {
        return port;
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    public String readyUrl() {
        return realmUrl() + "/.well-known/openid-configuration";
    }

    /**
     * Starts Keycloak with the realm JSON imported and a bootstrap admin of the master realm.
     *
     * @param realmJson the realm export to import (read once, copied into the import folder)
     */
    public void start(InputStream realmJson, String adminUser, String adminPassword) {
        Path server;
        try {
            server = unzipOnce(Downloads.keycloakDistribution());
            Path data = home.resolve("data");
            Files.createDirectories(data.resolve("import"));
            linkDataDirectory(server, data);
            try (realmJson) {
                Files.copy(realmJson, data.resolve("import").resolve(realm + "-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("keycloak", process.logFile(), "could not be prepared: " + e.getMessage(), e);
        }
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUser,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "JAVA_HOME", System.getProperty("java.home"));
        // as in production: a fixed front-end URL (the issuer of every token, where browsers are sent) and back-end
        // URLs from the request, so a client may also reach it through a TLS-terminating proxy (X-Forwarded-*)
        process.start(List.of(server.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(port), "--hostname", "http://localhost:" + port,
                "--hostname-backchannel-dynamic", "true", "--proxy-headers", "xforwarded", "--import-realm"),
                server, env);
    }

    /** Waits until the realm's OpenID configuration answers 200. */
    public void awaitReady(Instant deadline, Runnable check) {
        Net.awaitHttpOk("keycloak", process.logFile(), readyUrl(), deadline, () -> {
            process.checkAlive();
            check.run();
        });
    }

    /** Everything in {@code home} but the unzipped distribution: the realm database and imports. */
    public static void deleteData(Path home) throws IOException {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> entries = Files.list(home)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("dist")) {
                    FileTrees.delete(entry);
                }
            }
        }
    }

    /** Unzips the distribution unless this very zip was unzipped before; answers the server's home directory. */
    private Path unzipOnce(Path zip) throws IOException {
        Path dist = home.resolve("dist");
        Path marker = dist.resolve(".unzipped-from");
        String source = zip.getFileName() + " " + Files.size(zip);
        if (Files.exists(marker) && Files.readString(marker).trim().equals(source)) {
            return serverHome(dist);
        }
        System.out.println("Unzipping " + zip.getFileName() + " into " + dist + " (first run only) ...");
        Path tmp = home.resolve("dist.tmp");
        FileTrees.delete(tmp);
        FileTrees.delete(dist);
        Files.createDirectories(tmp);
        Path root = tmp.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("unsafe zip entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path server = serverHome(tmp);
        try (Stream<Path> scripts = Files.list(server.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true, false));
        }
        Files.writeString(tmp.resolve(".unzipped-from"), source + System.lineSeparator());
        Files.move(tmp, dist, StandardCopyOption.ATOMIC_MOVE);
        return serverHome(dist);
    }

    private static Path serverHome(Path dist) throws IOException {
        try (Stream<Path> children = Files.list(dist)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IOException("no keycloak-*/bin/kc.sh in " + dist));
        }
    }

    /** Keycloak keeps its database and import folder in {@code <server>/data}: point that at {@code <home>/data}. */
    private static void linkDataDirectory(Path server, Path data) throws IOException {
        Path link = server.resolve("data");
        Path target = data.toAbsolutePath();
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link)) {
            FileTrees.delete(link);
        }
        Files.createSymbolicLink(link, target);
    }

    @Override
    public void close() {
        process.stop(java.time.Duration.ofSeconds(20));
    }
}
