package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding patients by name or email: a therapist their own and the triage pool, an admin everyone. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class PatientSearchTest {

    @Test
    void aTherapistFindsTheirPatientsAndThePoolByNameOrEmailInAnyCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID therapist = UUID.randomUUID();
        UUID mine = invite(TestTokens.therapist(therapist), "Zoë", "Search" + tag);
        UUID pooled = invite(TestTokens.admin(UUID.randomUUID()), "Ana", "Search" + tag);
        UUID others = invite(TestTokens.therapist(UUID.randomUUID()), "Ben", "Search" + tag);

        assertThat(search(TestTokens.therapist(therapist), "search" + tag.toUpperCase()))
                .containsExactlyInAnyOrder(pooled.toString(), mine.toString());
        assertThat(search(TestTokens.therapist(therapist), "zoë search" + tag)).containsExactly(mine.toString());
        assertThat(search(TestTokens.admin(UUID.randomUUID()), "search" + tag))
                .as("an admin, by family name").containsExactly(pooled.toString(), others.toString(),
                        mine.toString());
        assertThat(search(TestTokens.therapist(therapist), "%")).as("% is a character, not a wildcard").isEmpty();
        assertThat(TestDatabase.auditReadsOf(mine, "Patient")).as("each listed patient's read is audited")
                .isPositive();
    }

    @Test
    void eachAnswerSaysWhoCaresAndAnAdminFindsThePatientsWithoutATherapist() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID therapist = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID cared = invite(TestTokens.therapist(therapist), "Cara", "Cared" + tag);
        UUID pooled = invite(TestTokens.admin(admin), "Paul", "Pooled" + tag);

        var answer = given().auth().oauth2(TestTokens.admin(admin)).queryParam("q", tag).get("/api/patients")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("find { it.id == '" + cared + "' }.therapistId")).isEqualTo(therapist.toString());
        assertThat(answer.getString("find { it.id == '" + pooled + "' }.therapistId")).isNull();
        assertThat(given().auth().oauth2(TestTokens.admin(admin)).queryParam("q", tag)
                .queryParam("unassigned", true).get("/api/patients").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).as("only the patient in nobody's care").containsExactly(pooled.toString());
    }

    @Test
    void aSearchReadsAndAuditsOnlyThePageItListsInNameOrder() {
        String tag = "Page" + UUID.randomUUID().toString().substring(0, 8);
        UUID therapist = UUID.randomUUID(); // in somebody's care: not in the other tests' triage pool
        List<UUID> ids = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        StringBuilder cared = new StringBuilder();
        for (int i = 0; i < 55; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.append(rows.isEmpty() ? "" : ", ").append(String.format("('%s', 'Pat', '%s%02d', '1970-01-01',"
                    + " '%s@example.org', 'en', 'Europe/Madrid', 'ACTIVE', '%s', now())", id, tag, i, id, id));
            cared.append(cared.isEmpty() ? "" : ", ").append(String.format("('%s', '%s', now())", id, therapist));
        }
        TestDatabase.execute("INSERT INTO patient (id, given_name, family_name, birth_date, email, locale, time_zone,"
                + " status, invited_by, invited_at) VALUES " + rows);
        TestDatabase.execute("INSERT INTO care_relation (patient_id, therapist_id, since) VALUES " + cared);
        String admin = TestTokens.admin(UUID.randomUUID());

        var first = given().auth().oauth2(admin).queryParam("q", tag).queryParam("limit", 50).get("/api/patients")
                .then().statusCode(200).header("X-Total-Count", "55").extract();
        assertThat(first.jsonPath().getList("id", String.class)).as("the first 50, by family name")
                .containsExactlyElementsOf(ids(ids.subList(0, 50)));
        assertThat(first.header("Link")).contains("offset=50").contains("limit=50").contains("rel=\"next\"");
        assertThat(TestDatabase.auditReadsOf(ids.get(54), "Patient")).as("not listed, not read").isZero();

        var last = given().auth().oauth2(admin).queryParam("q", tag).queryParam("limit", 50).queryParam("offset", 50)
                .get("/api/patients").then().statusCode(200).header("X-Total-Count", "55").extract();
        assertThat(last.jsonPath().getList("id", String.class)).containsExactlyElementsOf(ids(ids.subList(50, 55)));
        assertThat(last.header("Link")).as("the last page").isNull();
        assertThat(TestDatabase.auditReadsOf(ids.get(54), "Patient")).as("listed now, so read").isPositive();
        given().auth().oauth2(admin).queryParam("q", tag).queryParam("offset", 60).get("/api/patients").then()
                .statusCode(200).header("X-Total-Count", "55").body("size()", org.hamcrest.Matchers.is(0));
    }

    private static List<String> ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static UUID invite(String token, String givenName, String familyName) {
        Map<String, Object> body = Invitations.patient();
        body.put("givenName", givenName);
        body.put("familyName", familyName);
        return UUID.fromString(given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/patients").then().statusCode(201).extract().path("id"));
    }

    private static List<String> search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).get("/api/patients").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }
}
