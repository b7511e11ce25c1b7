package org.telerehab.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseEditorPageTest {

    @Test
    @TestSecurity(user = "therapist1", roles = "therapist")
    void everyInputOfTheEditorHasALabel() {
        String html = given().when().get("/therapist/exercises/new").then().statusCode(200)
                .extract().body().asString();

        Set<String> controls = ServiceStubs.ids(html, "<(?:input(?![^>]*type=\"hidden\")|select|textarea)[^>]*\\sid=\"([^\"]+)\"");
        Set<String> labelled = ServiceStubs.ids(html, "<label[^>]*\\sfor=\"([^\"]+)\"");
        assertThat(controls).contains("name", "summary", "steps", "cues", "equipment", "region-LUMBAR",
                "tag-LUMBAR_FLEXION", "sets", "reps", "holdSeconds", "intensityCap", "progressionId", "regressionId",
                "mediaUrl");
        assertThat(labelled).containsAll(controls);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdminMayReadTheLibraryButNotOpenTheEditor() {
        String library = given().when().get("/therapist/exercises").then().statusCode(200).extract().body().asString();
        assertThat(library).contains("<h1>Exercise library</h1>").doesNotContain("id=\"new-exercise\"");
        given().when().get("/therapist/exercises/new").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .when().post("/therapist/exercises/new").then().statusCode(403);
    }
}
