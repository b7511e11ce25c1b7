package org.telerehab.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip Maven downloaded, unzipped once into
 * {@code .local/keycloak/dist}; its {@code data} directory (the dev-file database and the realm import) lives in
 * {@code .local/keycloak/data} so that {@code --fresh} can drop it and keep the 180 MB distribution.
 */
final class Keycloak {

    static final int PORT = 8180;
    static final String REALM = "telerehab";
    static final String REALM_URL = "http://localhost:" + PORT + "/realms/" + REALM;
    static final String READY_URL = REALM_URL + "/.well-known/openid-configuration";
    private static final String REALM_RESOURCE = "/realm/telerehab-realm.json";

    private final Path home;
    private final ChildProcess process;

    Keycloak(Path home, Path logDir, Path runDir) {
        this.home = home;
        this.process = new ChildProcess("keycloak", logDir, runDir);
    }

    ChildProcess process() {
        return process;
    }

    void start(Path distZip) {
        Path server;
        try {
            server = unzipOnce(distZip);
            Path data = home.resolve("data");
            Files.createDirectories(data.resolve("import"));
            linkDataDirectory(server, data);
            try (InputStream realm = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
                if (realm == null) {
                    throw new IOException("realm file " + REALM_RESOURCE + " missing from the classpath");
                }
                Files.copy(realm, data.resolve("import").resolve("telerehab-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StartupFailure("keycloak", process.logFile(), "could not be prepared: " + e.getMessage(), e);
        }
        Map<String, String> env = Map.of(
                // local only: the bootstrap admin of the master realm
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_HOME", System.getProperty("java.home"));
        process.start(List.of(server.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(PORT), "--import-realm"), server, env);
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
        LocalPlatform.deleteRecursively(tmp);
        LocalPlatform.deleteRecursively(dist);
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

    /** Keycloak keeps its database and import folder in {@code <home>/data}: point that at .local/keycloak/data. */
    private static void linkDataDirectory(Path server, Path data) throws IOException {
        Path link = server.resolve("data");
        Path target = data.toAbsolutePath();
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link)) {
            LocalPlatform.deleteRecursively(link);
        }
        Files.createSymbolicLink(link, target);
    }
}
