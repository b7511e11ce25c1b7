package org.telerehab.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A patient account of its own for one test, made through the local Keycloak's admin API, so a test starts from
 * nothing and does not depend on the order the tests run in or on what another test did to a demo patient. Its
 * password is its user name, like the demo users', so {@link Platform#as(String)} logs it in.
 *
 * @param user the user name (= password)
 * @param id   the token subject, which is the patient's id in every service
 */
record FreshPatient(String user, UUID id) {

    static final String KEYCLOAK_BASE = Platform.KEYCLOAK.substring(0, Platform.KEYCLOAK.indexOf("/realms/"));
    static final String REALM_ADMIN = KEYCLOAK_BASE + "/admin/realms/telerehab";

    /** A new patient (realm role {@code patient}) with a unique user name starting with {@code prefix}. */
    static FreshPatient create(String prefix) {
        String user = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        String location = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", user, "enabled", true, "emailVerified", true, "firstName", "Test",
                        "lastName", "Patient", "email", user + "@example.org",
                        "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false))))
                .when().post(REALM_ADMIN + "/users")
                .then().statusCode(201).extract().header("Location");
        String keycloakId = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> patientRole = given().auth().oauth2(admin).when().get(REALM_ADMIN + "/roles/patient")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType("application/json").body(List.of(patientRole))
                .when().post(REALM_ADMIN + "/users/{id}/role-mappings/realm", keycloakId)
                .then().statusCode(204);
        UUID id = UUID.fromString(String.valueOf(Platform.claims(Platform.token(user)).get("sub")));
        return new FreshPatient(user, id);
    }

    /** The local Keycloak's bootstrap admin (local data only: admin / admin, see local-platform). */
    static String adminToken() {
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .when().post(KEYCLOAK_BASE + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
