package org.telerehab.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * RS256 bearer tokens signed with a key pair of the benchmark's own (plain JDK crypto). The service verifies them
 * with {@code quarkus.oidc.public-key}, so no Keycloak is needed: subject = user id, roles in {@code groups}, as
 * with the Keycloak realm, and the audience, authorized party and type the services require.
 */
public final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;

    public Tokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** The value for QUARKUS_OIDC_PUBLIC_KEY: the base64 (PEM body) of the X.509 SubjectPublicKeyInfo. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String patient(UUID id) {
        return sign(id, "patient");
    }

    public String sign(UUID subject, String role) {
        long now = Instant.now().getEpochSecond();
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        // the audience, client and type the services require of every token (as the realm's telerehab-cli tokens carry)
        String claims = encode("{\"iss\":\"https://bench.telerehab.invalid\",\"sub\":\"" + subject + "\","
                + "\"aud\":\"telerehab-api\",\"azp\":\"telerehab-cli\",\"typ\":\"Bearer\","
                + "\"preferred_username\":\"bench-" + subject.toString().substring(0, 8) + "\","
                + "\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 6 * 3600) + ","
                + "\"jti\":\"" + UUID.randomUUID() + "\"}");
        String signingInput = header + "." + claims;
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
