package org.telerehab.tlskit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority of this machine's own and a server certificate it signed for {@code localhost}, made with
 * the JDK's keytool (local platform and tests only): the CA as PEM (what a client trusts), the server's key and chain
 * as PKCS#12 (what a TLS server presents). Valid for 30 days; {@link #inDirectory} makes new ones when they are
 * missing or older than a week.
 *
 * @param caPem     the CA's certificate
 * @param serverP12 the server's key and certificate chain, password {@link #PASSWORD}
 */
public record LocalCertificates(Path caPem, Path serverP12) {

    /** Local only: the key never leaves the machine that made it. */
    public static final String PASSWORD = "local-only-keystore";

    /** The certificates kept in {@code dir}, made again when missing or more than a week old. */
    public static LocalCertificates inDirectory(Path dir) throws IOException, InterruptedException {
        LocalCertificates kept = new LocalCertificates(dir.resolve("ca.pem"), dir.resolve("server.p12"));
        if (Files.exists(kept.serverP12()) && Files.exists(kept.caPem()) && Files.getLastModifiedTime(kept.serverP12())
                .toInstant().isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(7)))) {
            return kept;
        }
        return create(dir);
    }

    /** New certificates in {@code dir}. */
    public static LocalCertificates create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        Path caPem = dir.resolve("ca.pem");
        Path request = dir.resolve("server.csr");
        Path signed = dir.resolve("server.pem");
        for (Path p : List.of(ca, server, caPem, request, signed)) {
            Files.deleteIfExists(p);
        }
        keytool("-genkeypair", "-keystore", ca, "-alias", "ca", "-dname", "CN=Telerehab local CA", "-keyalg", "RSA",
                "-keysize", "3072", "-validity", "30", "-ext", "bc:c");
        keytool("-exportcert", "-keystore", ca, "-alias", "ca", "-rfc", "-file", caPem);
        keytool("-genkeypair", "-keystore", server, "-alias", "server", "-dname", "CN=localhost", "-keyalg", "RSA",
                "-keysize", "3072", "-validity", "30");
        keytool("-certreq", "-keystore", server, "-alias", "server", "-file", request);
        keytool("-gencert", "-keystore", ca, "-alias", "ca", "-infile", request, "-outfile", signed, "-rfc",
                "-validity", "30", "-ext", "san=dns:localhost,ip:127.0.0.1", "-ext", "eku=serverAuth");
        keytool("-importcert", "-keystore", server, "-alias", "ca", "-file", caPem, "-noprompt");
        keytool("-importcert", "-keystore", server, "-alias", "server", "-file", signed, "-noprompt");
        return new LocalCertificates(caPem, server);
    }

    private static void keytool(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        for (Object arg : args) {
            command.add(arg.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
