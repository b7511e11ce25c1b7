package org.telerehab.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientEditTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final PatientDetails MARIA = new PatientDetails("Maria", "Quintero", LocalDate.of(1984, 2, 29),
            "maria@example.org", "+34 600 123 456", "es", "Europe/Madrid");

    @Test
    void onlyTheFieldsPresentChangeAndEachIsCheckedAgain() {
        PatientDetails after = new PatientEdit().set("timeZone", "America/Los_Angeles").set("phone", null)
                .applyTo(MARIA, TODAY);
        assertThat(after).isEqualTo(new PatientDetails("Maria", "Quintero", LocalDate.of(1984, 2, 29),
                "maria@example.org", null, "es", "America/Los_Angeles"));
        assertThatThrownBy(() -> new PatientEdit().set("locale", "de").applyTo(MARIA, TODAY))
                .isInstanceOf(InvalidProfileException.class).extracting("field").isEqualTo("locale");
        assertThatThrownBy(() -> new PatientEdit().set("birthDate", TODAY.plusDays(1)).applyTo(MARIA, TODAY))
                .extracting("field").isEqualTo("birthDate");
        assertThatThrownBy(() -> new PatientEdit().set("givenName", null).applyTo(MARIA, TODAY))
                .extracting("field").isEqualTo("givenName");
    }

    @Test
    void aPatientChangesTheirPhoneLanguageAndTimeZoneButNotWhatIdentifiesThem() {
        assertThat(new PatientEdit().set("phone", "123456").set("locale", "fr").set("timeZone", "UTC")
                .forbiddenForPatient()).isNull();
        assertThat(new PatientEdit().set("phone", "123456").set("familyName", "Other").forbiddenForPatient())
                .isEqualTo("familyName");
        assertThat(new PatientEdit().set("email", "x@example.org").forbiddenForPatient()).isEqualTo("email");
        assertThat(new PatientEdit().set("birthDate", TODAY).forbiddenForPatient()).isEqualTo("birthDate");
        assertThat(new PatientEdit().forbiddenForPatient()).as("an empty edit").isNull();
    }

    @Test
    void anEmailChangeIsKeptInLowerCase() {
        assertThat(new PatientEdit().set("email", "Maria.Q@Example.org").applyTo(MARIA, TODAY).email())
                .isEqualTo("maria.q@example.org");
    }
}
