package org.telerehab.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.util.Set;
import java.util.UUID;

/**
 * Signed bearer tokens accepted by services under {@code OidcWiremockTestResource}: the subject is the user id,
 * roles travel in {@code groups}, as with the Keycloak realm.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String patient(UUID id) {
        return token(id, "patient");
    }

    public static String therapist(UUID id) {
        return token(id, "therapist");
    }

    public static String admin(UUID id) {
        return token(id, "admin");
    }

    public static String token(UUID subject, String... roles) {
        return Jwt.preferredUserName("user-" + subject.toString().substring(0, 8))
                .subject(subject.toString())
                .groups(Set.of(roles))
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }
}
