package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "My profile" in the patient's language, each language offered in its own words, the fields' ids kept. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(StubbedServicesProfile.class)
class ProfilePageLanguageTest {

    static final String PATIENT = LanguagesPageTest.PATIENT;

    @ServiceStubs.Services
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    private static String profile() {
        return given().when().get("/patient/profile?saved=true").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theProfileIsInSpanish() {
        ServiceStubs.speaks(services, PATIENT, "es", "Europe/Madrid");
        assertThat(profile()).contains("<html lang=\"es\" dir=\"ltr\">", "<h1>Mi perfil</h1>",
                "Guardado. Su idioma y su zona horaria se aplican desde ahora.", "<dt>Fecha de nacimiento</dt>",
                "dígaselo a su fisioterapeuta", "<label for=\"phone\">Teléfono (opcional)</label>",
                "<label for=\"locale\">Idioma</label>", "<label for=\"timeZone\">Zona horaria</label>",
                "<option value=\"es\" lang=\"es\" selected>Español</option>", "id=\"save-profile\">Guardar</button>")
                .doesNotContain("page-in-english", "Time zone", "(Spanish)");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theProfileIsInFrench() {
        ServiceStubs.speaks(services, PATIENT, "fr", "Europe/Paris");
        assertThat(profile()).contains("<html lang=\"fr\" dir=\"ltr\">", "<h1>Mon profil</h1>",
                "<label for=\"timeZone\">Fuseau horaire</label>", "id=\"timeZone-hint\">Là où vous vivez",
                "<option value=\"fr\" lang=\"fr\" selected>Français</option>", "<option value=\"ar\" lang=\"ar\">")
                .doesNotContain("page-in-english", "What you can change");
    }

    @Test
    @TestSecurity(user = PATIENT, roles = "patient")
    void theProfileIsInArabicRightToLeft() {
        ServiceStubs.speaks(services, PATIENT, "ar", "Asia/Amman");
        assertThat(profile()).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>ملفي الشخصي</h1>",
                "<label for=\"phone\">الهاتف (اختياري)</label>", "id=\"save-profile\">حفظ</button>")
                .doesNotContain("page-in-english", "Save</button>");
    }
}
