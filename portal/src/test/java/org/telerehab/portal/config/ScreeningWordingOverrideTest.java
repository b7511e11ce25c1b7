package org.telerehab.portal.config;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A clinic's own STarT Back wording (configuration, not code) is what the screening form shows. */
@QuarkusTest
@TestProfile(ScreeningWordingOverrideTest.ClinicWording.class)
@WithTestResource(OidcWiremockTestResource.class)
class ScreeningWordingOverrideTest {

    public static class ClinicWording implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telerehab.portal.start-back.item1", "Clinic wording for item one",
                    "telerehab.portal.start-back.item9", "Clinic wording for the bothersomeness question",
                    "telerehab.portal.start-back.answers.very-much", "Clinic wording: a lot");
        }
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void theScreeningFormShowsTheConfiguredWording() {
        given().when().get("/patient/screening").then().statusCode(200)
                .body(containsString("Clinic wording for item one"))
                .body(not(containsString("My back pain has spread down my leg(s)")))
                .body(containsString("<label for=\"bothersomeness\">Clinic wording for the bothersomeness question</label>"))
                .body(containsString("<option value=\"VERY_MUCH\">Clinic wording: a lot</option>"))
                // the items not overridden keep the default wording, and the codes the service scores stay put
                .body(containsString("Worrying thoughts have been going through my mind a lot of the time"))
                .body(containsString("name=\"sb1\""));
    }
}
