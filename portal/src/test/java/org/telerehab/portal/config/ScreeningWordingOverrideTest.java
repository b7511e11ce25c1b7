package org.telerehab.portal.config;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
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
            Map<String, String> config = new HashMap<>(Map.of(
                    "telerehab.portal.start-back.item1", "Clinic wording for item one",
                    "telerehab.portal.start-back.item9", "Clinic wording for the bothersomeness question",
                    "telerehab.portal.start-back.answers.very-much", "Clinic wording: a lot"));
            // a clinic's licensed Spanish wording of both questionnaires (placeholders here); none in French
            for (int i = 1; i <= 9; i++) {
                config.put("telerehab.portal.start-back.es.item" + i, "Redacción de la clínica, frase " + i);
            }
            for (String answer : List.of("not-at-all", "slightly", "moderately", "very-much", "extremely")) {
                config.put("telerehab.portal.start-back.es.answers." + answer, "Respuesta de la clínica " + answer);
            }
            for (int i = 1; i <= 10; i++) {
                config.put("telerehab.portal.oswestry.es.section" + i, "Apartado de la clínica " + i);
            }
            return config;
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

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void aLanguagesConfiguredWordingIsShownInItAndAnotherLanguageGetsTheEnglishSaidSo() {
        given().header("Accept-Language", "es").when().get("/patient/screening").then().statusCode(200)
                .body(containsString("<html lang=\"es\""))
                .body(containsString("Redacción de la clínica, frase 1"))
                .body(containsString("<label for=\"bothersomeness\">Redacción de la clínica, frase 9</label>"))
                .body(containsString("<option value=\"VERY_MUCH\">Respuesta de la clínica very-much</option>"))
                .body(containsString(">Apartado de la clínica 10</label>"))
                .body(not(containsString("lang=\"en\"")))
                .body(not(containsString("Clinic wording for item one")));
        given().header("Accept-Language", "fr").when().get("/patient/screening").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""))
                .body(containsString("id=\"start-back-in-english\">Ces questions ne sont pas encore disponibles"))
                .body(containsString("<div lang=\"en\">"))
                .body(containsString("Clinic wording for item one"))
                .body(containsString("<label for=\"odi1\" lang=\"en\">Pain intensity</label>"));
    }
}
