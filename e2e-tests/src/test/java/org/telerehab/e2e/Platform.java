package org.telerehab.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.telerehab.platform.LocalPlatform;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** The local platform's addresses, demo users and tokens from the real Keycloak (password grant, telerehab-cli). */
final class Platform {

    static final String KEYCLOAK = LocalPlatform.REALM_URL;
    static final String INTAKE = "http://localhost:" + LocalPlatform.INTAKE_PORT;
    static final String PROGRAM = "http://localhost:" + LocalPlatform.PROGRAM_PORT;
    static final String PROGRESS = "http://localhost:" + LocalPlatform.PROGRESS_PORT;
    static final String REGISTRY = "http://localhost:" + LocalPlatform.REGISTRY_PORT;
    static final String ENGAGEMENT = "http://localhost:" + LocalPlatform.ENGAGEMENT_PORT;
    static final String PORTAL = "http://localhost:" + LocalPlatform.PORTAL_PORT;

    static final UUID PATIENT1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID PATIENT2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID THERAPIST1 = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID THERAPIST2 = UUID.fromString("44444444-4444-4444-8444-444444444444");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Platform() {
    }

    /**
     * A fresh-enough access token for a demo user (password = user name). admin1 has a second factor in the local
     * realm: without its one-time code Keycloak refuses the password alone.
     */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            Map<String, String> form = new HashMap<>(Map.of("grant_type", "password", "client_id", "telerehab-cli",
                    "username", u, "password", u));
            if (u.equals("admin1")) {
                form.put("otp", Totp.admin1());
            }
            return given().formParams(form).when().post(KEYCLOAK + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
        });
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType("application/json");
    }

    /** The token's claims, decoded (no verification: the services verify). */
    static Map<String, Object> claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getMap("$");
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
