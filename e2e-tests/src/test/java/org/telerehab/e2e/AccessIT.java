package org.telerehab.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.e2e.Platform.INTAKE;
import static org.telerehab.e2e.Platform.PATIENT1;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.THERAPIST1;
import static org.telerehab.e2e.Platform.as;

/** Each service behind the real Keycloak: ready, 401 without a token, 403 for the wrong role, 200 for the right one. */
@ExtendWith(RunningPlatform.class)
class AccessIT {

    @Test
    void therapist1GetsAPasswordGrantTokenThroughTheCliClient() {
        var claims = Platform.claims(Platform.token("therapist1"));
        assertThat(claims.get("sub")).isEqualTo(THERAPIST1.toString());
        assertThat(claims.get("groups")).isEqualTo(List.of("therapist"));
    }

    @Test
    void theRealmPutsTheApiAudienceAndTheClientIntoTheCliToken() {
        var claims = Platform.claims(Platform.token("therapist1"));
        assertThat(claims.get("aud").toString()).contains("telerehab-api");
        assertThat(claims.get("azp")).isEqualTo("telerehab-cli");
        assertThat(claims.get("typ")).isEqualTo("Bearer");
    }

    /** Real tokens of the same realm, valid and carrying therapist1's role, that were not minted for the API. */
    @Test
    void tokensOfTheRealmNotMintedForTheApiAre401() {
        Map<String, Object> adminCli = grant("admin-cli", "therapist1");
        Map<String, Object> cliWithIdToken = grant("telerehab-cli", "therapist1");
        String idToken = String.valueOf(cliWithIdToken.get("id_token"));
        String refreshToken = String.valueOf(cliWithIdToken.get("refresh_token"));

        for (String token : List.of(String.valueOf(adminCli.get("access_token")), idToken, refreshToken)) {
            given().auth().oauth2(token).when().get(PROGRAM + "/api/worklist").then().statusCode(401);
            given().auth().oauth2(token).when().get(PROGRESS + "/api/caseload").then().statusCode(401);
            given().auth().oauth2(token).when().get(INTAKE + "/api/patients/{id}/screenings", PATIENT1)
                    .then().statusCode(401);
        }
    }

    @Test
    void staffWithASecondFactorNeedTheirOneTimeCode() {
        given().formParams(Map.of("grant_type", "password", "client_id", "telerehab-cli", "username", "admin1",
                        "password", "admin1"))
                .when().post(Platform.KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant")).body("access_token", nullValue());
        given().formParams(Map.of("grant_type", "password", "client_id", "telerehab-cli", "username", "admin1",
                        "password", "admin1", "otp", "000000"))
                .when().post(Platform.KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        // with the authenticator's code (Platform.token) admin1 gets in
        as("admin1").when().get(PROGRAM + "/api/red-flags/escalated").then().statusCode(200);
    }

    private static Map<String, Object> grant(String client, String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", client, "username", user,
                        "password", user, "scope", "openid"))
                .when().post(Platform.KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {Platform.INTAKE, Platform.PROGRAM, Platform.PROGRESS, Platform.PORTAL})
    void everyAppIsReady(String app) {
        given().when().get(app + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void eachServiceChecksTokenAndRole() {
        given().when().get(PROGRAM + "/api/worklist").then().statusCode(401);
        as("patient1").when().get(PROGRAM + "/api/worklist").then().statusCode(403);
        as("therapist1").when().get(PROGRAM + "/api/worklist").then().statusCode(200);

        given().when().get(PROGRESS + "/api/caseload").then().statusCode(401);
        as("patient1").when().get(PROGRESS + "/api/caseload").then().statusCode(403);
        as("therapist1").when().get(PROGRESS + "/api/caseload").then().statusCode(200);

        given().when().get(INTAKE + "/api/patients/{id}/screenings", PATIENT1).then().statusCode(401);
        as("therapist1").body("{}").when().post(INTAKE + "/api/screenings").then().statusCode(403);
        as("patient1").when().get(INTAKE + "/api/patients/{id}/screenings", PATIENT1).then().statusCode(200);
        as("patient2").when().get(INTAKE + "/api/patients/{id}/screenings", PATIENT1).then().statusCode(404);
    }
}
