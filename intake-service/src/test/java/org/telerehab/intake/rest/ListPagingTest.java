package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Lists come in pages of at most 100 (service-kit's ListPaging, the same for every list of every service). */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ListPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final UUID patient = UUID.randomUUID();

    @Test
    void aListIsReadPageByPageFollowingTheNextLink() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(ScreeningRequests.submitValid(patient, ScreeningRequests.valid()));
        }

        Response first = list("/api/patients/" + patient + "/screenings?limit=2");
        assertThat(first.jsonPath().getList("id", String.class)).hasSize(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        Matcher next = NEXT.matcher(String.valueOf(first.header("Link")));
        assertThat(next.find()).as("a link to the next page: " + first.header("Link")).isTrue();

        Response second = list(next.group(1));
        assertThat(second.jsonPath().getList("id", String.class)).hasSize(1);
        assertThat(second.header("Link")).as("the last page links nowhere").isNull();

        List<String> all = new ArrayList<>(first.jsonPath().getList("id", String.class));
        all.addAll(second.jsonPath().getList("id", String.class));
        assertThat(all).containsExactlyInAnyOrderElementsOf(submitted);
    }

    @Test
    void withoutParametersTheFirstHundredComeAsBefore() {
        ScreeningRequests.submitValid(patient, ScreeningRequests.valid());

        Response all = list("/api/patients/" + patient + "/screenings");

        assertThat(all.jsonPath().getList("id")).hasSize(1);
        assertThat(all.header("X-Total-Count")).isEqualTo("1");
        assertThat(all.header("Link")).isNull();
    }

    @Test
    void aPageLargerThanAHundredOrANegativeOffsetIs422NamingTheParameter() {
        for (String[] bad : new String[][] {{"limit", "101"}, {"limit", "0"}, {"limit", "ten"}, {"offset", "-1"}}) {
            given().auth().oauth2(TestTokens.patient(patient)).queryParam(bad[0], bad[1])
                    .get("/api/patients/{id}/screenings", patient).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
    }

    private Response list(String pathAndQuery) {
        return given().auth().oauth2(TestTokens.patient(patient)).urlEncodingEnabled(false).when()
                .get(pathAndQuery).then().statusCode(200).extract().response();
    }
}
