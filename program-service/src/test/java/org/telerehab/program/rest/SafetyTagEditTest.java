package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A therapist cannot silence the safety check by editing a shared exercise's tags; an admin can, on the record. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SafetyTagEditTest {

    private final UUID therapistId = UUID.randomUUID();
    private final String therapist = TestTokens.therapist(therapistId);
    private final UUID adminId = UUID.randomUUID();
    private final String admin = TestTokens.admin(adminId);

    @Test
    void aTherapistWhoDropsASafetyTagIsRefusedNoVersionIsWrittenAndTheAttemptIsOnRecord() {
        String id = exerciseTagged("Loaded carry", List.of("LOADED", "CORE_ENDURANCE"));

        given().auth().oauth2(therapist).contentType("application/json").body(tagged("Loaded carry", "CORE_ENDURANCE"))
                .when().put("/api/exercises/{id}", id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("LOADED"));

        assertThat(TestDatabase.count("SELECT count(*) FROM exercise WHERE id = ?::uuid", id)).isEqualTo(1);
        assertThat(auditActions(id)).containsExactly("CREATE", "REFUSED");
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE action = 'REFUSED' AND resource_id = ?"
                + " AND actor_id = ?", id + "@v1", therapistId.toString())).as("refused editing version 1")
                .isEqualTo(1);
    }

    @Test
    void aTherapistMayAddTagsAndDropOthersAndEachEditIsAuditedWithItsVersion() {
        String id = exerciseTagged("Cat-cow", List.of("LUMBAR_FLEXION", "STRETCH"));

        given().auth().oauth2(therapist).contentType("application/json")
                .body(tagged("Cat-cow", "LUMBAR_FLEXION", "LUMBAR_EXTENSION"))
                .when().put("/api/exercises/{id}", id).then().statusCode(200).body("version", equalTo(2));

        assertThat(auditActions(id)).containsExactly("CREATE", "EDIT");
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE resource_type = 'Exercise'"
                + " AND resource_id = ? AND actor_id = ?", id + "@v2", therapistId.toString())).isEqualTo(1);
    }

    @Test
    void anAdminMayDropASafetyTagAndTheRecordSaysSo() {
        String id = exerciseTagged("Seated twist", List.of("ROTATION", "STRETCH"));

        given().auth().oauth2(admin).contentType("application/json").body(tagged("Seated twist", "STRETCH"))
                .when().put("/api/exercises/{id}", id).then().statusCode(200)
                .body("version", equalTo(2)).body("movementTags", equalTo(List.of("STRETCH")));

        assertThat(auditActions(id)).containsExactly("CREATE", "EDIT_REMOVING_SAFETY_TAGS");
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE resource_id = ? AND actor_id = ?"
                + " AND actor_role = 'admin'", id + "@v2", adminId.toString())).isEqualTo(1);
    }

    private String exerciseTagged(String name, List<String> tags) {
        Map<String, Object> body = ProgramFixtures.exercise(name + " " + UUID.randomUUID());
        body.put("movementTags", tags);
        return given().auth().oauth2(therapist).contentType("application/json").body(body)
                .when().post("/api/exercises").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> tagged(String name, String... tags) {
        Map<String, Object> body = ProgramFixtures.exercise(name);
        body.put("movementTags", List.of(tags));
        return body;
    }

    private static List<String> auditActions(String exerciseId) {
        return TestDatabase.strings("SELECT action FROM audit_log WHERE resource_type = 'Exercise'"
                + " AND resource_id LIKE ? ORDER BY id", exerciseId + "@%");
    }
}
