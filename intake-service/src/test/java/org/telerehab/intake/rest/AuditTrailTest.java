package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * The audit trail as the running service keeps it (service-kit's, the same in every service): the role the service
 * runs as cannot change it, the patient reads who touched their records, the admin exports it with refused attempts,
 * and the chain verifier finds a record changed behind the service's back.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailTest {

    private final UUID patient = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();

    @Test
    void theRoleTheServiceRunsAsCannotChangeOrDeleteTheTrail() {
        ScreeningRequests.submitValid(patient, ScreeningRequests.valid());

        for (String tampering : new String[] {"UPDATE audit_log SET actor_id = 'nobody'", "DELETE FROM audit_log",
                "TRUNCATE audit_log"}) {
            assertThatThrownBy(() -> TestDatabase.executeAsService(tampering)).as(tampering)
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE patient_id = ? AND action = 'CREATE'",
                patient)).isEqualTo(1);
    }

    @Test
    void thePatientSeesWhoReadTheirScreeningButNotWhoWasRefused() {
        String screening = caredForWithAScreening();
        given().auth().oauth2(TestTokens.therapist(therapist)).get("/api/screenings/{id}", screening)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).get("/api/screenings/{id}", screening)
                .then().statusCode(403);

        JsonPath log = given().auth().oauth2(TestTokens.patient(patient))
                .get("/api/patients/{id}/access-log", patient).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(log.getList("entries.action", String.class)).as("newest first").startsWith("READ")
                .contains("CREATE").doesNotContain("REFUSED");
        assertThat(log.getString("entries[0].actorId")).isEqualTo(therapist.toString());
        assertThat(log.getString("entries[0].actorRole")).isEqualTo("therapist");
        assertThat(log.getString("entries[0].clientId")).isEqualTo(TestTokens.CLIENT);
        assertThat(log.getString("entries[0].clientAddress")).as("staff addresses are for admins").isNull();
        given().auth().oauth2(TestTokens.patient(UUID.randomUUID())).get("/api/patients/{id}/access-log", patient)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.therapist(UUID.randomUUID())).get("/api/patients/{id}/access-log", patient)
                .then().statusCode(403);
    }

    @Test
    void anAdminReadsAChartOnlyWithAStatedReasonWhichTheCaringTherapistSees() {
        String screening = caredForWithAScreening();
        UUID admin = UUID.randomUUID();

        given().auth().oauth2(TestTokens.admin(admin)).get("/api/screenings/{id}", screening).then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/break-glass-reason-required"));
        given().auth().oauth2(TestTokens.admin(admin)).header(TestTokens.BREAK_GLASS_HEADER, "x".repeat(501))
                .get("/api/screenings/{id}", screening).then().statusCode(422)
                .body("errors[0].field", equalTo(TestTokens.BREAK_GLASS_HEADER));
        given().auth().oauth2(TestTokens.admin(admin))
                .header(TestTokens.BREAK_GLASS_HEADER, "complaint review 2026-117, asked by the patient")
                .get("/api/screenings/{id}", screening).then().statusCode(200);

        assertThat(TestDatabase.strings("SELECT action || ' ' || coalesce(reason, '-') FROM audit_log"
                + " WHERE actor_id = ? ORDER BY id", admin.toString()))
                .containsExactly("REFUSED -", "READ complaint review 2026-117, asked by the patient");
        JsonPath seenByTheTherapist = given().auth().oauth2(TestTokens.therapist(therapist))
                .get("/api/patients/{id}/access-log", patient).then().statusCode(200).extract().jsonPath();
        assertThat(seenByTheTherapist.getString("entries[0].actorRole")).isEqualTo("admin");
        assertThat(seenByTheTherapist.getString("entries[0].reason"))
                .isEqualTo("complaint review 2026-117, asked by the patient");
        assertThat(seenByTheTherapist.getList("entries.action", String.class)).doesNotContain("REFUSED");
    }

    @Test
    void theAdminExportsAPeriodWithRefusalsPageByPage() {
        String screening = caredForWithAScreening();
        UUID stranger = UUID.randomUUID();
        given().auth().oauth2(TestTokens.therapist(stranger)).get("/api/screenings/{id}", screening)
                .then().statusCode(403);
        String today = Instant.now().toString().substring(0, 10);

        JsonPath first = given().auth().oauth2(TestTokens.admin(UUID.randomUUID()))
                .queryParam("from", today).queryParam("to", today).queryParam("limit", 1)
                .get("/api/patients/{id}/access-log", patient).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("entries")).hasSize(1);
        assertThat(first.getString("entries[0].action")).isEqualTo("REFUSED");
        assertThat(first.getString("entries[0].actorId")).isEqualTo(stranger.toString());
        assertThat(first.getString("entries[0].resourceId")).isEqualTo("GET /api/screenings/" + screening);
        assertThat(first.getString("entries[0].clientAddress")).isNotBlank();
        String next = first.getString("next");
        assertThat(next).isNotNull();

        JsonPath second = given().auth().oauth2(TestTokens.admin(UUID.randomUUID()))
                .queryParam("before", next).get("/api/patients/{id}/access-log", patient)
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("entries.action", String.class)).contains("CREATE");
        assertThat(second.getList("entries.id", Long.class)).as("the next page holds only older records")
                .allSatisfy(id -> assertThat(id).isLessThan(first.getLong("entries[0].id")));

        JsonPath before = given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).queryParam("to", "2020-01-01")
                .get("/api/patients/{id}/access-log", patient).then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("entries")).as("nothing happened before the period's end").isEmpty();
    }

    @Test
    void aBadPageOrPeriodIs422NamingTheParameter() {
        for (String[] bad : new String[][] {{"limit", "101"}, {"limit", "0"}, {"from", "yesterday"},
                {"before", "x"}}) {
            given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).queryParam(bad[0], bad[1])
                    .get("/api/patients/{id}/access-log", patient).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void theChainVerifiesAndARecordChangedBehindTheServicesBackIsNamed() {
        ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        JsonPath intact = verifyChain();
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getLong("unsealed")).isZero();
        long seq = TestDatabase.count("SELECT chain_seq FROM audit_log WHERE patient_id = ? AND action = 'CREATE'",
                patient);

        // someone with the database's superuser switches the guard off and rewrites who acted
        String original = TestDatabase.strings("SELECT actor_id FROM audit_log WHERE chain_seq = ?", seq).get(0);
        rewriteActor(seq, "someone-else");
        try {
            JsonPath broken = verifyChain();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getString("problem")).isEqualTo("record " + seq + " (id "
                    + TestDatabase.count("SELECT id FROM audit_log WHERE chain_seq = ?", seq)
                    + ") was changed after it was sealed");
        } finally {
            rewriteActor(seq, original);
        }
        assertThat(verifyChain().getBoolean("intact")).as("restored, the chain holds again").isTrue();
    }

    private static JsonPath verifyChain() {
        return given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).get("/api/audit/chain")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void rewriteActor(long seq, String actor) {
        TestDatabase.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;"
                + " UPDATE audit_log SET actor_id = '" + actor + "' WHERE chain_seq = " + seq + ";"
                + " ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
    }

    private String caredForWithAScreening() {
        String screening = ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        EventProbe.publish(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.therapist(therapist)).get("/api/screenings/{id}", screening)
                        .then().statusCode(200));
        return screening;
    }
}
