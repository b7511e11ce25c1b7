package org.telerehab.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A therapist of the clinic for one test, invited by admin1 through registry-service as any therapist is (an account,
 * a profile). The mailed link is skipped: the test sets the password through Keycloak's admin API, to the user name
 * (the email), so {@link Platform#as(String)} logs them in like a demo user.
 *
 * @param user the user name and password: the email
 * @param id   the token subject, the therapist's id in every service
 * @param name given and family name, as the portal shows them
 */
record FreshTherapist(String user, UUID id, String name) {

    static FreshTherapist invite(String familyName) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "therapist-" + tag + "@example.org";
        String family = familyName + "-" + tag;
        UUID id = UUID.fromString(Platform.as("admin1")
                .body(Map.of("givenName", "Lea", "familyName", family, "email", email))
                .when().post(Platform.REGISTRY + "/api/therapists").then().statusCode(201).extract().path("id"));
        String admin = FreshPatient.adminToken();
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("type", "password", "value", email, "temporary", false))
                .when().put(FreshPatient.REALM_ADMIN + "/users/{id}/reset-password", id).then().statusCode(204);
        Map<String, Object> account = given().auth().oauth2(admin).when()
                .get(FreshPatient.REALM_ADMIN + "/users/{id}", id).then().statusCode(200).extract().as(Map.class);
        account.put("requiredActions", List.of());
        given().auth().oauth2(admin).contentType("application/json").body(account)
                .when().put(FreshPatient.REALM_ADMIN + "/users/{id}", id).then().statusCode(204);
        return new FreshTherapist(email, id, "Lea " + family);
    }
}
