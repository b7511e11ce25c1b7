package org.telerehab.registry.rest;

import io.restassured.response.ValidatableResponse;
import org.telerehab.testsupport.TestTokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Invitation bodies and calls the registry tests share. */
public final class Invitations {

    private Invitations() {
    }

    /** A valid invitation of a patient with an email nobody has. */
    public static Map<String, Object> patient() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Maria");
        body.put("familyName", "Quintero-" + tag);
        body.put("birthDate", "1984-02-29");
        body.put("email", "maria." + tag + "@example.org");
        body.put("phone", "+34 600 123 456");
        body.put("locale", "es");
        body.put("timeZone", "America/Los_Angeles");
        return body;
    }

    public static Map<String, Object> patientWith(String field, Object value) {
        Map<String, Object> body = patient();
        body.put(field, value);
        return body;
    }

    public static ValidatableResponse invite(UUID therapist, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.therapist(therapist)).contentType("application/json").body(body)
                .post("/api/patients").then();
    }

    /** Invites a patient as {@code therapist}, who then cares for them; answers the patient's id. */
    public static UUID invited(UUID therapist) {
        return UUID.fromString(invite(therapist, patient()).statusCode(201).extract().path("id"));
    }
}
