package org.telerehab.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signed bearer tokens accepted by services under {@code OidcWiremockTestResource}: the subject is the user id,
 * roles travel in {@code groups}, the audience is the API and the authorized party one of the realm's own clients,
 * as with the Keycloak realm. {@link #refused} gives the tokens the services must refuse although they carry a role.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String API_AUDIENCE = "telerehab-api";
    public static final String CLIENT = "telerehab-cli";

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
        return claims(subject, roles).sign();
    }

    /**
     * Tokens of the realm's signing key that still must not open the API, each with the given role: what an attacker
     * holding some other token of the realm (or forging one) would try. Key: what is wrong with it.
     */
    public static Map<String, String> refused(String role) {
        UUID subject = UUID.randomUUID();
        Map<String, Function<JwtClaimsBuilder, JwtClaimsBuilder>> variants = new LinkedHashMap<>();
        variants.put("another audience", c -> c.audience("https://service.example.com"));
        variants.put("another issuer", c -> c.issuer("https://attacker.example.com"));
        variants.put("an ID token", c -> c.audience("telerehab-portal").claim("typ", "ID"));
        variants.put("a refresh token", c -> c.claim("typ", "Refresh"));
        variants.put("another client (admin-cli)", c -> c.claim("azp", "admin-cli"));
        variants.put("no authorized party", c -> c.remove("azp"));
        variants.put("an expired token", c -> c.issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600)));
        Map<String, String> tokens = new LinkedHashMap<>();
        variants.forEach((what, change) -> tokens.put(what, change.apply(claims(subject, role)).sign()));
        tokens.put("an unsigned token (alg none)", unsigned(subject, role));
        return tokens;
    }

    /** Where an admin states why they read a patient's clinical records (service-kit's PatientAccess). */
    public static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";

    /**
     * A request as {@code actor} in {@code role}; an admin's carries a break-glass reason, as a clinic's admin must
     * state one to read a chart (the rule itself is tested on its own).
     */
    public static RequestSpecification as(UUID actor, String role) {
        RequestSpecification request = RestAssured.given().auth().oauth2(token(actor, role));
        return role.equals("admin") ? request.header(BREAK_GLASS_HEADER, "contract test of the access matrix")
                : request;
    }

    private static JwtClaimsBuilder claims(UUID subject, String... roles) {
        return Jwt.preferredUserName("user-" + subject.toString().substring(0, 8))
                .subject(subject.toString())
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .audience(API_AUDIENCE)
                .claim("azp", CLIENT)
                .claim("typ", "Bearer");
    }

    /** A token whose header says {@code alg: none} and which carries no signature at all. */
    private static String unsigned(UUID subject, String role) {
        String signed = token(subject, role);
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
